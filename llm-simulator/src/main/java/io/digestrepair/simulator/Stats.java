package io.digestrepair.simulator;

import io.digestrepair.simulator.fault.Fault;
import io.digestrepair.simulator.fault.MalformedVariant;
import io.digestrepair.simulator.wire.ChatCompletion;
import io.digestrepair.simulator.wire.StatsSnapshot;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/** Request, outcome and token counts; lock-free, since every request of a load test passes here. */
public final class Stats {

    private final Clock clock;
    private final LongAdder requests = new LongAdder();
    private final LongAdder badRequests = new LongAdder();
    private final Map<Fault, LongAdder> outcomes = new EnumMap<>(Fault.class);
    private final Map<MalformedVariant, LongAdder> variants = new EnumMap<>(MalformedVariant.class);
    private final LongAdder promptTokens = new LongAdder();
    private final LongAdder completionTokens = new LongAdder();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicReference<Instant> since;

    public Stats(Clock clock) {
        this.clock = clock;
        for (Fault f : Fault.values()) {
            outcomes.put(f, new LongAdder());
        }
        for (MalformedVariant v : MalformedVariant.values()) {
            variants.put(v, new LongAdder());
        }
        since = new AtomicReference<>(clock.instant());
    }

    public void received() {
        requests.increment();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    }

    /** A received request was refused; it is answered at once and no longer in flight. */
    public void refused() {
        badRequests.increment();
        inFlight.decrementAndGet();
    }

    public void decided(Fault fault, MalformedVariant variant, ChatCompletion.Usage usage) {
        outcomes.get(fault).increment();
        if (variant != null) {
            variants.get(variant).increment();
        }
        if (usage != null) {
            promptTokens.add(usage.promptTokens());
            completionTokens.add(usage.completionTokens());
        }
    }

    public void answered() {
        inFlight.decrementAndGet();
    }

    /** Zeroes the counts; requests in flight stay in flight and set the new maximum. */
    public void reset() {
        requests.reset();
        badRequests.reset();
        outcomes.values().forEach(LongAdder::reset);
        variants.values().forEach(LongAdder::reset);
        promptTokens.reset();
        completionTokens.reset();
        maxInFlight.set(inFlight.get());
        since.set(clock.instant());
    }

    public StatsSnapshot snapshot() {
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        byOutcome.put(Fault.NONE.key(), outcomes.get(Fault.NONE).sum());
        for (Fault f : Fault.values()) {
            if (f != Fault.NONE) {
                byOutcome.put(f.key(), outcomes.get(f).sum());
            }
        }
        Map<String, Long> byVariant = new LinkedHashMap<>();
        variants.forEach((v, n) -> byVariant.put(v.key(), n.sum()));
        long prompt = promptTokens.sum();
        long completion = completionTokens.sum();
        return new StatsSnapshot(requests.sum(), badRequests.sum(), byOutcome, byVariant, prompt, completion,
                prompt + completion, inFlight.get(), maxInFlight.get(), since.get().toString());
    }
}
