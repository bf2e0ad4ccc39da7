package io.digestrepair.gateway.web;

import io.digestrepair.core.wire.Counts;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Request and answer bodies of the write API. */
final class ApiBodies {

    private ApiBodies() {
    }

    /** The answer to an upload or import. */
    @Serdeable
    record Uploaded(String name, int revision, String format, Counts counts, @Nullable String jobId) {
    }

    /** The answer to a repair request. */
    @Serdeable
    record RepairStarted(String jobId, String digest, int revision, String state, String events) {
    }

    /** The answer to a repair that has nothing to do: no job, and why. */
    @Serdeable
    record RepairSkipped(String digest, int revision, String upgrade, boolean skipped, String message,
                         @Nullable SummarizerInfo summarizer) {
    }

    @Serdeable
    record ImportRequest(@Nullable String url) {
    }
}
