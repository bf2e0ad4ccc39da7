package io.digestrepair.gateway.repair;

/** How a job finished a paper. */
public enum PaperOutcome {
    /** Answered from the cache: no summarizer call. */
    CACHED,
    /** Answered by the summarizer. */
    SUMMARIZED,
    /** Not repaired; the error says why. */
    FAILED
}
