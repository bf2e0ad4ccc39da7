package io.digestrepair.simulator.fault;

import io.digestrepair.simulator.answer.Seeds;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides each request's fault from the seed, the request's content and how many times that same request was
 * seen before. Repeating a request is a new draw, so a client's retry can succeed; the same sequence of
 * requests after a reset gets the same sequence of faults, whatever other requests run alongside.
 */
public final class FaultPlan {

    /** Enough for any benchmark; past it the attempts are forgotten rather than growing without bound. */
    private static final int MAX_REMEMBERED = 200_000;

    private static final List<Fault> ORDER = List.of(Fault.RATE_LIMIT, Fault.SERVER_ERROR, Fault.TIMEOUT,
            Fault.MALFORMED, Fault.WRONG_LANGUAGE, Fault.PLACEHOLDER);

    private final ConcurrentHashMap<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /**
     * @param attempt 0 for the first time this request is seen
     * @param random  further draws for this decision (which malformed variant, which placeholder...)
     */
    public record Decision(Fault fault, int attempt, SplittableRandom random) {
    }

    /** The decision for the next attempt of the request with this key. */
    public Decision next(SimulatorSettings settings, long requestKey) {
        if (attempts.size() > MAX_REMEMBERED) {
            attempts.clear();
        }
        int attempt = attempts.computeIfAbsent(requestKey, k -> new AtomicInteger()).getAndIncrement();
        return decide(settings, requestKey, attempt);
    }

    /** The rates are stacked in {@link #ORDER} over one uniform draw, so each fault happens at exactly its rate. */
    public static Decision decide(SimulatorSettings settings, long requestKey, int attempt) {
        SplittableRandom random = Seeds.random(settings.seed(), requestKey, attempt);
        double u = random.nextDouble();
        double upTo = 0;
        for (Fault fault : ORDER) {
            upTo += settings.rate(fault);
            if (u < upTo) {
                return new Decision(fault, attempt, random);
            }
        }
        return new Decision(Fault.NONE, attempt, random);
    }

    /** Forgets every attempt, so that a run can be repeated from the start. */
    public void reset() {
        attempts.clear();
    }
}
