package io.digestrepair.gateway.repair;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.wire.Edit;
import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.core.wire.SummaryResponse;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a {@link RepairRun} needs from outside, as interfaces so that the steps can be tested
 * without a server. Remote failures are {@code ServiceUnavailableException} (wait and retry) or
 * {@code RemoteRejectedException} (the request was refused).
 */
public final class RepairPorts {

    private RepairPorts() {
    }

    /** The summarizer. */
    public interface Summaries {
        /** Its configuration, as learnt a moment ago. */
        SummarizerInfo info();

        /** Its configuration now, asked again: after it was away, or when an answer does not fit what was learnt. */
        SummarizerInfo freshInfo();

        /** Sends a batch; answers are handed over as they arrive, in any order. */
        void batch(List<SummaryRequest> papers, Consumer<SummaryResponse> onAnswer);
    }

    /** The renderer (parser-service). */
    public interface Renderer {
        byte[] render(byte[] source, DigestFormat format, List<Edit> edits);
    }

    /**
     * The job's record in the store. Every write names the owner and answers false when the job is
     * no longer the owner's to run (cancelled, or taken over after a lost lease): the run stops.
     */
    public interface Ledger {
        List<FinishedPaper> finished(String jobId);

        Map<String, RepairedPaper> cacheByKey(Collection<String> cacheKeys);

        Map<String, RepairedPaper> cacheNewestByContent(Collection<String> contentKeys);

        boolean start(String jobId, String owner, int total, SummarizerInfo summarizer);

        /** Stores new cache entries and the finished papers in one transaction. */
        boolean record(String jobId, String owner, List<FinishedPaper> papers, List<RepairedPaper> entries);

        boolean message(String jobId, String owner, String message);

        /**
         * Serves a repaired digest made before the job is done (the cache's answers, the previous
         * revision's repairs for the papers still waiting); the job goes on.
         */
        default boolean provisional(String jobId, String owner, byte[] repaired, int papersRepaired) {
            return true;
        }

        /** The repairs of the digest's newest other repaired revision, to stand in for papers still waiting. */
        default PreviousRepairs previousRepairs(String digest, int revision) {
            return PreviousRepairs.none();
        }

        /** What the job's LLM could do and what it cost, stored as the job ends. */
        default boolean llm(String jobId, String owner, JobLlm llm) {
            return true;
        }

        /** Ends the job, storing the repaired digest when there is one. */
        boolean finish(String jobId, String owner, JobState state, String message,
                       @Nullable byte[] repaired, int papersRepaired, int papersFailed);
    }

    /** Waiting, replaceable in tests. */
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }
}
