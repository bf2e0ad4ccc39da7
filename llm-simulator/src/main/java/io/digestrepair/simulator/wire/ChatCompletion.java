package io.digestrepair.simulator.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
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

    /**
     * @param reasoningContent DeepSeek's (and vLLM's, llama.cpp's) thinking beside the answer
     *                         (https://api-docs.deepseek.com/guides/reasoning_model); absent for other models
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Message(String role, String content,
                          @JsonProperty("reasoning_content") @Nullable String reasoningContent) {

        public Message(String role, String content) {
            this(role, content, null);
        }
    }

    /**
     * @param promptTokensDetails OpenAI's cached prompt tokens
     *                            (https://platform.openai.com/docs/guides/prompt-caching: {@code cached_tokens})
     * @param promptCacheHitTokens DeepSeek's context cache hits and misses
     *                             (https://api-docs.deepseek.com/guides/kv_cache)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Usage(@JsonProperty("prompt_tokens") int promptTokens,
                        @JsonProperty("completion_tokens") int completionTokens,
                        @JsonProperty("total_tokens") int totalTokens,
                        @JsonProperty("prompt_tokens_details") @Nullable PromptTokensDetails promptTokensDetails,
                        @JsonProperty("prompt_cache_hit_tokens") @Nullable Integer promptCacheHitTokens,
                        @JsonProperty("prompt_cache_miss_tokens") @Nullable Integer promptCacheMissTokens) {

        public Usage(int promptTokens, int completionTokens, int totalTokens) {
            this(promptTokens, completionTokens, totalTokens, null, null, null);
        }
    }

    @Serdeable
    public record PromptTokensDetails(@JsonProperty("cached_tokens") int cachedTokens) {
    }
}
