package io.digestrepair.summarizer.metrics;

import dev.failsafe.CircuitBreaker;
import io.digestrepair.summarizer.llm.ProviderGuard;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The summarizer's own meters, beside the per-call ones of {@link LlmCallMetrics}:
 * papers and fields by outcome, fallbacks, corrective and transport retries, circuit state.
 */
public final class SummarizerMetrics {

    private final MeterRegistry registry;

    public SummarizerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public static SummarizerMetrics none() {
        return new SummarizerMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** outcome: repaired, partial, failed. */
    public void paper(String outcome) {
        Counter.builder("summarizer.papers").description("Papers answered, by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }

    /** outcome: accepted, rejected (failed the checks). */
    public void field(String engine, String mode, String outcome) {
        Counter.builder("summarizer.fields").description("Written fields by engine, mode and check outcome")
                .tag("engine", engine).tag("mode", mode).tag("outcome", outcome).register(registry).increment();
    }

    /** to: model (the fallback model), offline. */
    public void fallback(String to) {
        Counter.builder("summarizer.fallbacks").description("Papers handed to a fallback")
                .tag("to", to).register(registry).increment();
    }

    public void correctiveRetry(String engine) {
        Counter.builder("summarizer.corrective.retries").description("Corrective retries after failed checks")
                .tag("engine", engine).register(registry).increment();
    }

    /** Once per cause: an error no retry mends stopped the calls (no_balance, bad_key, unknown_model, refused). */
    public void llmStopped(String cause) {
        Counter.builder("summarizer.llm.stops").description("LLM calls stopped by an account or model error, by cause")
                .tag("cause", cause).register(registry).increment();
    }

    /** A paper sent on to the fallback model or the offline engine because its model's calls are stopped. */
    public void stoppedPaper(String cause) {
        Counter.builder("summarizer.llm.stopped.papers")
                .description("Papers not written by the LLM because its calls are stopped, by cause")
                .tag("cause", cause).register(registry).increment();
    }

    public void cancelled() {
        Counter.builder("summarizer.cancelled").description("Papers whose client went away before they were done")
                .register(registry).increment();
    }

    public ProviderGuard.Listener guardListener(String engine) {
        AtomicInteger state = new AtomicInteger();
        Gauge.builder("summarizer.circuit.state", state, AtomicInteger::get)
                .description("Circuit breaker per engine: 0 closed, 1 half-open, 2 open")
                .tag("engine", engine).register(registry);
        return new ProviderGuard.Listener() {
            @Override
            public void retry(String kind, Duration delay) {
                Counter.builder("summarizer.llm.retries").description("LLM calls retried, by failure")
                        .tag("engine", engine).tag("reason", kind).register(registry).increment();
            }

            @Override
            public void circuit(CircuitBreaker.State s) {
                state.set(switch (s) {
                    case CLOSED -> 0;
                    case HALF_OPEN -> 1;
                    case OPEN -> 2;
                });
                Counter.builder("summarizer.circuit.transitions").tag("engine", engine).tag("to", s.name())
                        .register(registry).increment();
            }
        };
    }
}
