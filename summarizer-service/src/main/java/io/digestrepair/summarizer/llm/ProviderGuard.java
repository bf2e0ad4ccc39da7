package io.digestrepair.summarizer.llm;

import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * What stands between the papers and one provider: at most {@code maxConcurrency} calls in flight,
 * retries of transient failures with exponential backoff and jitter (a server's Retry-After wins),
 * and a circuit breaker that, after {@code failureThreshold} failed calls in a row, sends papers
 * straight to the fallback for {@code openFor} and then lets one probe through.
 * Shared by every model of the provider: when the endpoint is down, the fallback model on it is too.
 */
public final class ProviderGuard {

    /** Observes the guard for metrics. */
    public interface Listener {
        void retry(String kind, Duration delay);

        void circuit(CircuitBreaker.State state);

        Listener NONE = new Listener() {
            @Override
            public void retry(String kind, Duration delay) {
            }

            @Override
            public void circuit(CircuitBreaker.State state) {
            }
        };
    }

    /** The longest Retry-After waited for; a longer one is cut to this. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final String engine;
    private final Semaphore permits;
    private final CircuitBreaker<Object> breaker;
    private final int maxRetries;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Listener listener;

    public ProviderGuard(String engine, int maxConcurrency, int maxRetries, Duration baseDelay, Duration maxDelay,
                         int failureThreshold, Duration openFor, Listener listener) {
        this.engine = engine;
        this.permits = new Semaphore(maxConcurrency, true);
        this.maxRetries = maxRetries;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.listener = listener;
        this.breaker = CircuitBreaker.builder()
                .handleIf(Failures::isTransient)
                .withFailureThreshold(failureThreshold)
                .withSuccessThreshold(1)
                .withDelay(openFor)
                .onOpen(e -> listener.circuit(CircuitBreaker.State.OPEN))
                .onHalfOpen(e -> listener.circuit(CircuitBreaker.State.HALF_OPEN))
                .onClose(e -> listener.circuit(CircuitBreaker.State.CLOSED))
                .build();
    }

    public String engine() {
        return engine;
    }

    public CircuitBreaker.State circuitState() {
        return breaker.getState();
    }

    /**
     * True while papers should not be sent to this provider at all. Once the open period is over the
     * circuit lets a probe through (Failsafe moves to half-open on the next call, not by itself).
     */
    public boolean isOpen() {
        return breaker.isOpen() && breaker.getRemainingDelay().toNanos() > 0;
    }

    /**
     * Runs one LLM call with retries. {@code attempt} is run once per try, holding a permit only while
     * it runs, so a call waiting out a backoff does not keep others from the provider.
     */
    public <T> T call(Supplier<T> attempt, CallLog log) throws LlmUnavailable {
        return call(attempt, log, () -> null);
    }

    /**
     * As {@link #call(Supplier, CallLog)}; {@code veto} is asked once a permit is held, before each try, and a
     * non-null answer is thrown instead of making the call (a call found meanwhile that the account is stopped).
     */
    public <T> T call(Supplier<T> attempt, CallLog log, Supplier<RuntimeException> veto) throws LlmUnavailable {
        RetryPolicy<Object> retry = RetryPolicy.builder()
                .handleIf(Failures::isTransient)
                .abortOn(CircuitBreakerOpenException.class)
                .abortIf((result, failure) -> failure != null && Failures.isCancellation(failure))
                .withMaxRetries(maxRetries)
                .withDelayFn(ctx -> delay(ctx.getLastException(), ctx.getAttemptCount()))
                .onRetryScheduled(e -> {
                    String kind = Failures.describe(e.getLastException());
                    listener.retry(Failures.kind(e.getLastException()), e.getDelay());
                    log.warn(engine + ": " + kind + ", retried");
                })
                .build();
        try {
            // the breaker is asked only once a permit is held: papers queued behind the permits while the
            // provider failed must not all go out when their turn comes
            @SuppressWarnings("unchecked")
            T result = (T) Failsafe.with(retry).get(() -> {
                permits.acquire();
                try {
                    RuntimeException vetoed = veto.get();
                    if (vetoed != null) {
                        throw vetoed;
                    }
                    return Failsafe.with(breaker).get(() -> {
                        log.attempted();
                        return attempt.get();
                    });
                } finally {
                    permits.release();
                }
            });
            return result;
        } catch (CircuitBreakerOpenException e) {
            throw new LlmUnavailable(engine + " circuit open", e);
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (Failures.isCancellation(cause)) {
                throw cancelled(cause);
            }
            throw new LlmUnavailable(engine + ": " + Failures.describe(cause), cause);
        } catch (RuntimeException e) {
            if (Failures.isCancellation(e)) {
                throw cancelled(e);
            }
            String reason = Failures.isTransient(e) ? "retries exhausted after " + Failures.describe(e) : Failures.describe(e);
            throw new LlmUnavailable(engine + ": " + reason + ": " + abbreviate(e.getMessage()), e);
        }
    }

    /**
     * The wait before retry {@code attempt}: the server's Retry-After when it gave one, else exponential
     * backoff from {@code baseDelay} capped at {@code maxDelay}, with ±25% jitter so that papers
     * rate-limited together do not come back together. (Failsafe's own backoff cannot be combined with
     * a per-failure delay, so both are computed here.)
     */
    Duration delay(Throwable failure, int attempt) {
        Duration retryAfter = Failures.retryAfter(failure);
        if (retryAfter != null) {
            // honoured as given, short of a server asking for minutes: then the fallback serves sooner
            return retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
        }
        long base = baseDelay.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
        long capped = Math.min(base, maxDelay.toMillis());
        double jitter = 0.75 + 0.5 * java.util.concurrent.ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) (capped * jitter));
    }

    /** Provider error bodies can be long; the provenance keeps their start. */
    private static String abbreviate(String message) {
        if (message == null) {
            return "";
        }
        String m = message.replaceAll("\\s+", " ").strip();
        return m.length() <= 200 ? m : m.substring(0, 200) + "…";
    }

    private static CancellationException cancelled(Throwable cause) {
        CancellationException c = new CancellationException("cancelled");
        c.initCause(cause);
        return c;
    }
}
