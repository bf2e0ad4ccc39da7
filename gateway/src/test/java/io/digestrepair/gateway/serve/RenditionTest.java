package io.digestrepair.gateway.serve;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenditionTest {

    private static final byte[] BODY = "### [1] [Paper](https://arxiv.org/abs/1)\nTL;DR: English.\n".repeat(50).getBytes(StandardCharsets.UTF_8);

    @Test
    void gzipHoldsTheSameBytesUnderItsOwnStrongEtag() throws IOException {
        Rendition r = new Rendition("text/markdown", BODY, Map.of());
        try (var in = new GZIPInputStream(new ByteArrayInputStream(r.gzip()))) {
            assertArrayEquals(BODY, in.readAllBytes());
        }
        assertTrue(r.gzip().length < BODY.length / 4);
        assertTrue(r.etag(false).matches("\"[0-9a-f]{32}\""), r.etag(false));
        assertNotEquals(r.etag(false), r.etag(true));
        assertEquals(r.etag(false), new Rendition("text/markdown", BODY.clone(), Map.of()).etag(false));
    }

    @Test
    void eachResponseGetsItsOwnViewOfTheBytes() {
        Rendition r = new Rendition("text/markdown", BODY, Map.of());
        var a = r.buffer(false);
        var b = r.buffer(false);
        byte[] read = new byte[a.readableBytes()];
        a.readBytes(read);
        assertArrayEquals(BODY, read);
        assertEquals(BODY.length, b.readableBytes(), "reading one does not move the other");
        a.release();
        b.release();
        r.release();
        var after = r.buffer(false);
        assertEquals(BODY.length, after.readableBytes(), "a released rendition still answers, from the heap");
    }

    @Test
    void theCacheKeepsAtMostItsBytesDroppingTheLeastRecentlyUsed() {
        AtomicLong now = new AtomicLong(0);
        byte[] body = new byte[1000];
        long one = body.length + new Rendition("text/plain", body, Map.of()).gzip().length;
        RenditionCache cache = new RenditionCache(1000, now::get, 2 * one);
        java.util.function.Function<String, Rendition> build = s -> new Rendition("text/plain", body, Map.of());
        Rendition a = cache.get("a", () -> "1", build);
        now.incrementAndGet();
        cache.get("b", () -> "1", build);
        now.incrementAndGet();
        assertSame(a, cache.get("a", () -> "1", build), "a used again: b is now the oldest");
        now.incrementAndGet();
        cache.get("c", () -> "1", build);
        assertSame(a, cache.fresh("a"));
        assertNull(cache.fresh("b"), "dropped to keep two bodies");
        assertTrue(cache.fresh("c") != null);
    }

    @Test
    void theCacheServesFreshBodiesAndRebuildsOnlyWhenTheStampChanges() {
        AtomicLong now = new AtomicLong(0);
        RenditionCache cache = new RenditionCache(1000, now::get);
        AtomicInteger builds = new AtomicInteger();
        String[] stamp = {"rev1"};
        java.util.function.Function<String, Rendition> build = s -> {
            builds.incrementAndGet();
            return new Rendition("text/plain", s.getBytes(StandardCharsets.UTF_8), Map.of());
        };
        assertNull(cache.fresh("k"));
        Rendition first = cache.get("k", () -> stamp[0], build);
        assertSame(first, cache.fresh("k"));
        now.addAndGet(2_000_000_000L);
        assertNull(cache.fresh("k"), "older than the revalidation interval");
        assertSame(first, cache.get("k", () -> stamp[0], build), "same stamp: no rebuild");
        assertEquals(1, builds.get());
        stamp[0] = "rev2";
        now.addAndGet(2_000_000_000L);
        Rendition second = cache.get("k", () -> stamp[0], build);
        assertEquals(2, builds.get());
        assertArrayEquals("rev2".getBytes(StandardCharsets.UTF_8), second.body());
        cache.invalidate("k");
        assertNull(cache.fresh("k"));
    }
}
