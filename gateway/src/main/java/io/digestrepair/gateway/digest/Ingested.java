package io.digestrepair.gateway.digest;

import io.digestrepair.core.wire.Counts;
import io.digestrepair.core.wire.RestoreResult;
import io.digestrepair.gateway.crawl.Crawl;
import io.digestrepair.gateway.repair.RepairJob;
import io.micronaut.core.annotation.Nullable;

/**
 * What an upload produced: the stored revision, the parser's counts, and the repair job if one was
 * started (with what a restore added, when one was asked); or, for the pipeline's crawl of a day, the crawl it was stored as (no revision, no job).
 */
public record Ingested(@Nullable Revision revision, Counts counts, @Nullable RepairJob job, @Nullable Crawl crawl,
                       @Nullable RestoreResult restored) {

    public Ingested(Revision revision, Counts counts, @Nullable RepairJob job) {
        this(revision, counts, job, null, null);
    }

    public static Ingested ofCrawl(Crawl crawl, Counts counts) {
        return new Ingested(null, counts, null, crawl, null);
    }

    public boolean isCrawl() {
        return crawl != null;
    }
}
