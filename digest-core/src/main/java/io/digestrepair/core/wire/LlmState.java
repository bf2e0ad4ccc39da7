package io.digestrepair.core.wire;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Whether the configured LLM could be used, and if not why, in the words an operator acts on.
 *
 * @param state  {@code ok}; {@code fallback} (the main model is stopped, the fallback model answers);
 *               {@code stopped} (no model of the provider may be called: the offline engine writes);
 *               {@code offline} (no LLM configured)
 * @param reason "DeepSeek refused deepseek-chat: insufficient balance (HTTP 402: Insufficient Balance)"
 * @param remedy "top up the account"
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LlmState(String state, @Nullable String reason, @Nullable String remedy) {

    public static final LlmState OK = new LlmState("ok", null, null);
    public static final LlmState OFFLINE = new LlmState("offline", "no LLM is configured", null);

    public boolean ok() {
        return "ok".equals(state) || "offline".equals(state);
    }
}
