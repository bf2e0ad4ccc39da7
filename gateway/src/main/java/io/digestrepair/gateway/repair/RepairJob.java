package io.digestrepair.gateway.repair;

import io.digestrepair.gateway.summarizer.SummarizerInfo;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A repair job as stored.
 *
 * @param total      papers of the revision that need a repair
 * @param done       papers finished, whatever the outcome: {@code cached + summarized}
 * @param failed     papers the summarizer was asked for and could not repair (part of {@code summarized})
 * @param cached     papers answered from the cache, without a summarizer call
 * @param summarized papers sent to the summarizer (repaired or failed)
 * @param owner      the gateway instance running it
 * @param summarizer the summarizer configuration the job's cache keys were made under
 * @param llm        what its LLM could do and what it cost; null until the job finished
 */
public record RepairJob(
        String id,
        String digest,
        int revision,
        @Nullable Upgrade upgrade,
        JobState state,
        int total,
        int done,
        int failed,
        int cached,
        int summarized,
        @Nullable String message,
        @Nullable String owner,
        @Nullable SummarizerInfo summarizer,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable Instant heartbeatAt,
        @Nullable JobLlm llm) {

    public RepairJob(String id, String digest, int revision, @Nullable Upgrade upgrade, JobState state, int total,
                     int done, int failed, int cached, int summarized, @Nullable String message, @Nullable String owner,
                     @Nullable SummarizerInfo summarizer, Instant createdAt, @Nullable Instant startedAt,
                     @Nullable Instant finishedAt, @Nullable Instant heartbeatAt) {
        this(id, digest, revision, upgrade, state, total, done, failed, cached, summarized, message, owner, summarizer,
                createdAt, startedAt, finishedAt, heartbeatAt, null);
    }

    /** 0 to 100; a job with nothing to repair is complete once it is done. */
    public int percent() {
        if (total <= 0) {
            return state == JobState.DONE ? 100 : 0;
        }
        return (int) Math.min(100, Math.floor(done * 100.0 / total));
    }
}
