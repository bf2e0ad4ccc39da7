package io.digestrepair.summarizer.llm;

import dev.langchain4j.exception.TimeoutException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderGuardTest {

    private static ProviderGuard guard(int maxRetries) {
        return new ProviderGuard("test", 2, maxRetries, Duration.ofMillis(100), Duration.ofSeconds(2), 10,
                Duration.ofSeconds(30), ProviderGuard.Listener.NONE);
    }

    @Test
    void backoffDoublesWithJitterAndRetryAfterWins() {
        ProviderGuard g = guard(3);
        RuntimeException timeout = new TimeoutException(new java.net.http.HttpTimeoutException("t"));
        for (int attempt = 1; attempt <= 4; attempt++) {
            long ms = g.delay(timeout, attempt).toMillis();
            long nominal = Math.min(100L << (attempt - 1), 2000);
            assertTrue(ms >= nominal * 0.75 && ms <= nominal * 1.25, attempt + ": " + ms);
        }
        var rateLimited = new ProviderHttpClient.ProviderHttpException(429, "slow down", Duration.ofMillis(1500));
        assertEquals(Duration.ofMillis(1500), g.delay(rateLimited, 1));
        var tooLong = new ProviderHttpClient.ProviderHttpException(429, "slow down", Duration.ofMinutes(5));
        assertEquals(ProviderGuard.MAX_RETRY_AFTER, g.delay(tooLong, 1));
    }

    @Test
    void transientFailuresAreRetriedOthersAreNot() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CallLog log = new CallLog();
        String result = guard(2).call(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new TimeoutException(new java.net.http.HttpTimeoutException("t"));
            }
            return "ok";
        }, log);
        assertEquals("ok", result);
        assertEquals(3, log.attempts());
        assertEquals(java.util.List.of("test: timeout, retried"), log.warnings());

        AtomicInteger badCalls = new AtomicInteger();
        assertThrows(LlmUnavailable.class, () -> guard(2).call(() -> {
            badCalls.incrementAndGet();
            throw new ProviderHttpClient.ProviderHttpException(400, "bad request", null);
        }, new CallLog()));
        assertEquals(1, badCalls.get(), "a 400 is not worth retrying");
    }

    @Test
    void retryAfterParsesSecondsAndDates() {
        assertEquals(Duration.ofSeconds(2), ProviderHttpClient.RetryAfter.parse("2"));
        assertEquals(Duration.ofMillis(500), ProviderHttpClient.RetryAfter.parse("0.5"));
        assertEquals(Duration.ZERO, ProviderHttpClient.RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT"));
        assertEquals(null, ProviderHttpClient.RetryAfter.parse("soon"));
    }
}
