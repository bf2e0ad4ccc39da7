package io.digestrepair.summarizer.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The service's settings, bound from {@code summarizer.*} in application.yml, where each is mapped
 * from the environment variable named in DESIGN.md ({@code LLM_PROVIDER}, {@code OPENAI_BASE_URL}, ...).
 * Values stay as given here; {@link LlmSettings#from} resolves defaults and rejects nonsense at startup.
 */
@ConfigurationProperties("summarizer")
public record SummarizerConfig(
        @Nullable String provider,
        @Nullable String openaiBaseUrl,
        @Nullable String openaiApiKey,
        @Nullable String ollamaBaseUrl,
        @Nullable String modelName,
        @Nullable String fallbackModelName,
        @Nullable String language,
        @Nullable String maxConcurrency,
        @Nullable String timeout,
        @Nullable String responseFormat,
        @Nullable String maxRetries,
        @Nullable String temperature,
        @Nullable String promptVersion,
        @Nullable String circuitFailureThreshold,
        @Nullable String circuitOpenFor,
        @Nullable String priceInputPerMtok,
        @Nullable String priceOutputPerMtok) {
}
