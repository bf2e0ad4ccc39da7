package io.digestrepair.gateway.summarizer;

import io.digestrepair.gateway.remote.ServiceUnavailableException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InfoCacheTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-06-09T08:00:00Z"));
    private final AtomicInteger asked = new AtomicInteger();
    private volatile SummarizerInfo answer = new SummarizerInfo("openai", "model-a", "repair-v1");
    private volatile boolean down;
    private final InfoCache cache = new InfoCache(() -> {
        asked.incrementAndGet();
        if (down) {
            throw new ServiceUnavailableException("summarizer-service", new ConnectException("Connection refused"));
        }
        return answer;
    }, Duration.ofSeconds(10), now::get);

    private void later(int seconds) {
        now.set(now.get().plusSeconds(seconds));
    }

    @Test
    void keptForItsTimeToLiveThenAskedAgain() {
        assertEquals("model-a", cache.get().model());
        answer = new SummarizerInfo("openai", "model-b", "repair-v1");
        later(9);
        assertEquals("model-a", cache.get().model());
        assertEquals(1, asked.get());
        later(1);
        assertEquals("model-b", cache.get().model());
        assertEquals(2, asked.get());
    }

    @Test
    void forgottenOrFreshMeansAskedNow() {
        cache.get();
        answer = new SummarizerInfo("ollama", "llama3.1", "repair-v1");
        assertEquals("llama3.1", cache.fresh().model());
        cache.forget();
        cache.get();
        assertEquals(3, asked.get());
    }

    @Test
    void aFailureIsNeverKept() {
        cache.get();
        down = true;
        assertThrows(ServiceUnavailableException.class, cache::fresh);
        assertThrows(ServiceUnavailableException.class, cache::get, "not the old answer either");
        down = false;
        assertEquals("model-a", cache.get().model());
        assertEquals(4, asked.get());
    }
}
