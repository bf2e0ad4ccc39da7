package io.digestrepair.simulator.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An OpenAI {@code chat.completion} object, as far as clients read it. */
@Serdeable
public record ChatCompletion(
        String id,
        String object,
        long created,
        String model,
        List<Choice> choices,
        Usage usage,
        @JsonProperty("system_fingerprint") String systemFingerprint) {

    @Serdeable
    public record Choice(int index, Message message, @JsonProperty("finish_reason") String finishReason) {
    }

    @Serdeable
    public record Message(String role, String content) {
    }

    @Serdeable
    public record Usage(@JsonProperty("prompt_tokens") int promptTokens,
                        @JsonProperty("completion_tokens") int completionTokens,
                        @JsonProperty("total_tokens") int totalTokens) {
    }
}
