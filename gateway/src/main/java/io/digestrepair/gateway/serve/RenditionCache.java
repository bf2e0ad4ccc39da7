package io.digestrepair.gateway.serve;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Renditions by key, each stored with a stamp of the data it was made from. A rendition younger
 * than the revalidation interval is served without asking the store; an older one is served
 * again if the store's stamp has not changed, else rebuilt. Changes made by this instance drop
 * entries at once; changes made by other replicas show within one interval.
 */
public final class RenditionCache {

    private record Entry(Rendition rendition, String stamp, long checkedAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long revalidateNanos;
    private final Supplier<Long> nanoTime;
    private final long maxBytes;

    public RenditionCache(long revalidateMillis, Supplier<Long> nanoTime) {
        this(revalidateMillis, nanoTime, Long.MAX_VALUE);
    }

    /** Keeps at most {@code maxBytes} of bodies; beyond, the entries used longest ago are dropped. */
    public RenditionCache(long revalidateMillis, Supplier<Long> nanoTime, long maxBytes) {
        this.revalidateNanos = revalidateMillis * 1_000_000;
        this.nanoTime = nanoTime;
        this.maxBytes = maxBytes;
    }

    /** The rendition when it is fresh enough to serve without asking the store. */
    @Nullable
    public Rendition fresh(String key) {
        Entry e = entries.get(key);
        return e != null && nanoTime.get() - e.checkedAt() < revalidateNanos ? e.rendition() : null;
    }

    /**
     * The rendition for the current stamp: the cached one when its stamp still holds, else a new
     * one built from the stamp. Blocking (it reads the store).
     */
    public Rendition get(String key, Supplier<String> stamp, Function<String, Rendition> build) {
        String now = stamp.get();
        Entry e = entries.get(key);
        if (e != null && e.stamp().equals(now)) {
            entries.put(key, new Entry(e.rendition(), now, nanoTime.get()));
            return e.rendition();
        }
        Rendition fresh = build.apply(now);
        Entry previous = entries.put(key, new Entry(fresh, now, nanoTime.get()));
        if (previous != null && previous.rendition() != fresh) {
            previous.rendition().release();
        }
        trim(key);
        return fresh;
    }

    /** Drops the entries used longest ago, never the one just made, until the bodies fit. */
    private void trim(String keep) {
        long total = 0;
        for (Entry e : entries.values()) {
            total += size(e.rendition());
        }
        while (total > maxBytes) {
            Map.Entry<String, Entry> oldest = null;
            for (Map.Entry<String, Entry> en : entries.entrySet()) {
                if (!en.getKey().equals(keep) && (oldest == null || en.getValue().checkedAt() < oldest.getValue().checkedAt())) {
                    oldest = en;
                }
            }
            if (oldest == null || !entries.remove(oldest.getKey(), oldest.getValue())) {
                return;
            }
            oldest.getValue().rendition().release();
            total -= size(oldest.getValue().rendition());
        }
    }

    private static long size(Rendition r) {
        return (long) r.body().length + (r.gzip() == null ? 0 : r.gzip().length);
    }

    /** Drops every key starting with the prefix. */
    public void invalidate(String prefix) {
        entries.entrySet().removeIf(en -> {
            if (en.getKey().startsWith(prefix)) {
                en.getValue().rendition().release();
                return true;
            }
            return false;
        });
    }

    public void clear() {
        invalidate("");
    }
}
