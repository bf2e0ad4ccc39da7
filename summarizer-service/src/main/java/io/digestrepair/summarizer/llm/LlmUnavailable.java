package io.digestrepair.summarizer.llm;

/** An LLM call that could not be made good by retries: the next stage of the chain takes over. */
public final class LlmUnavailable extends Exception {

    public LlmUnavailable(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
