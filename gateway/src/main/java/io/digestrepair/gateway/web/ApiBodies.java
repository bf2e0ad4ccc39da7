package io.digestrepair.gateway.web;

import io.digestrepair.core.wire.Counts;
import io.digestrepair.core.wire.RestoreResult;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Request and answer bodies of the write API. */
final class ApiBodies {

    private ApiBodies() {
    }

    /**
     * The answer to an upload or import. A crawl ({@code format: crawl}) is named by its day, has no
     * revision (0) and no job, and says so in {@code message}.
     *
     * @param papers   a crawl's distinct papers
     * @param restored what a {@code ?restore=dropped} added
     */
    @Serdeable
    record Uploaded(String name, int revision, String format, Counts counts, @Nullable String jobId,
                    @Nullable Integer papers, @Nullable String message, @Nullable Restored restored) {
    }

    /** The answer to a repair request. */
    @Serdeable
    record RepairStarted(String jobId, String digest, int revision, String state, String events,
                         @Nullable Restored restored) {
    }

    /**
     * What a restore did: the crawl's papers, how many of the digest's it holds, the papers left out because
     * a digest of the days before holds them, and the ids brought back.
     */
    @Serdeable
    record Restored(int crawlPapers, int inCrawl, int excluded, int count, List<String> ids) {
        @Nullable
        static Restored of(@Nullable RestoreResult r) {
            return r == null ? null : new Restored(r.crawlPapers(), r.inCrawl(), r.excluded(), r.restored().size(), r.restored());
        }
    }

    /** The answer to a repair that has nothing to do: no job, and why. */
    @Serdeable
    record RepairSkipped(String digest, int revision, String upgrade, boolean skipped, String message,
                         @Nullable SummarizerInfo summarizer) {
    }

    @Serdeable
    record ImportRequest(@Nullable String url) {
    }

    /** The answer to a restore: the revision now current, the one it replaced, and the repair queued if any. */
    @Serdeable
    record RevisionRestored(String name, int revision, int previous, boolean repaired, @Nullable String jobId) {
    }
}
