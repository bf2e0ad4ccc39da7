package io.digestrepair.gateway.repair;

/** How a job finished a paper. */
public enum PaperOutcome {
    /** Answered from the cache: no summarizer call. */
    CACHED,
    /** Answered by the summarizer. */
    SUMMARIZED,
    /** Sent to the summarizer and not repaired (an error, a refusal, no answer); the error says why. */
    FAILED
}
