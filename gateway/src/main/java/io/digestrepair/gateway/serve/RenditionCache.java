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

    public RenditionCache(long revalidateMillis, Supplier<Long> nanoTime) {
        this.revalidateNanos = revalidateMillis * 1_000_000;
        this.nanoTime = nanoTime;
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
        return fresh;
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
