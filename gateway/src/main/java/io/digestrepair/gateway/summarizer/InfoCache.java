package io.digestrepair.gateway.summarizer;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The summarizer's configuration, kept briefly: every job starts by asking for it, and a burst of jobs
 * should not ask for it each. It is dropped when the summarizer fails (it may be restarting, perhaps
 * with another model) and whenever a caller has reason to doubt it, and is never kept from a failed call.
 */
public final class InfoCache {

    private final Supplier<SummarizerInfo> fetch;
    private final Duration ttl;
    private final Supplier<Instant> clock;
    private SummarizerInfo info;
    private Instant fetchedAt;

    public InfoCache(Supplier<SummarizerInfo> fetch, Duration ttl, Supplier<Instant> clock) {
        this.fetch = fetch;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The kept configuration while it is younger than the time to live, else a fresh one; failures propagate. */
    public synchronized SummarizerInfo get() {
        Instant now = clock.get();
        if (info != null && now.isBefore(fetchedAt.plus(ttl))) {
            return info;
        }
        info = null;
        SummarizerInfo fresh = fetch.get();
        info = fresh;
        fetchedAt = clock.get();
        return fresh;
    }

    /** A fresh configuration, whatever is kept. */
    public synchronized SummarizerInfo fresh() {
        forget();
        return get();
    }

    public synchronized void forget() {
        info = null;
    }
}
