package io.digestrepair.summarizer.config;

import io.digestrepair.summarizer.llm.ResponseMode;

import java.time.Duration;
import java.util.Locale;

/**
 * The settings with defaults resolved, as DESIGN.md describes them.
 *
 * @param provider          {@code LLM_PROVIDER}; default openai when an OpenAI key or base URL is set, else offline
 * @param baseUrl           {@code OPENAI_BASE_URL} or {@code OLLAMA_BASE_URL}
 * @param apiKey            {@code OPENAI_API_KEY} (a local endpoint needs none)
 * @param modelName         {@code MODEL_NAME}
 * @param fallbackModelName {@code FALLBACK_MODEL_NAME}, null when unset
 * @param targetLanguage    ISO 639-1 code from {@code LANGUAGE} (default English)
 * @param maxConcurrency    {@code LLM_MAX_CONCURRENCY}: LLM calls in flight per provider
 * @param timeout           {@code LLM_TIMEOUT}: one call's limit ({@code 60}, {@code 60s}, {@code 1m}, {@code PT60S})
 * @param responseMode      {@code LLM_RESPONSE_FORMAT}: json_schema, json_object or text forced; null (unset) when it is
 *                          negotiated per endpoint and model (see {@code Negotiation})
 * @param maxRetries        {@code LLM_MAX_RETRIES}: retries of one call on 429, 5xx and timeouts
 * @param temperature       {@code LLM_TEMPERATURE}
 * @param promptVersion     the prompt resource folder, e.g. {@code repair-v1}
 * @param circuitFailureThreshold consecutive failed calls that open the circuit
 * @param circuitOpenFor    how long an open circuit sends papers straight to the fallback before probing
 * @param priceInputPerMtok  {@code LLM_PRICE_INPUT_PER_MTOK}: price of a million prompt tokens, null when unset
 * @param priceOutputPerMtok {@code LLM_PRICE_OUTPUT_PER_MTOK}: price of a million completion tokens, null when unset
 */
public record LlmSettings(
        Provider provider,
        String baseUrl,
        String apiKey,
        String modelName,
        String fallbackModelName,
        String targetLanguage,
        int maxConcurrency,
        Duration timeout,
        ResponseMode responseMode,
        int maxRetries,
        double temperature,
        String promptVersion,
        int circuitFailureThreshold,
        Duration circuitOpenFor,
        Double priceInputPerMtok,
        Double priceOutputPerMtok) {

    public static final String DEFAULT_OPENAI_URL = "https://api.openai.com/v1";
    public static final String DEFAULT_OLLAMA_URL = "http://localhost:11434";

    public static LlmSettings from(SummarizerConfig c) {
        String openaiKey = blankToNull(c.openaiApiKey());
        String openaiUrl = blankToNull(c.openaiBaseUrl());
        Provider provider = blankToNull(c.provider()) != null
                ? Provider.parse(c.provider())
                : (openaiKey != null || openaiUrl != null ? Provider.OPENAI : Provider.OFFLINE);
        String baseUrl = switch (provider) {
            case OPENAI -> openaiUrl != null ? openaiUrl : DEFAULT_OPENAI_URL;
            case OLLAMA -> orDefault(c.ollamaBaseUrl(), DEFAULT_OLLAMA_URL);
            case OFFLINE -> null;
        };
        String model = switch (provider) {
            case OPENAI -> orDefault(c.modelName(), "gpt-4o-mini");
            case OLLAMA -> orDefault(c.modelName(), "llama3.1");
            case OFFLINE -> "extractive";
        };
        return new LlmSettings(
                provider,
                baseUrl,
                // OpenAI-compatible local servers want some bearer token, any will do
                openaiKey != null ? openaiKey : "none",
                model,
                blankToNull(c.fallbackModelName()),
                Languages.code(orDefault(c.language(), "English")),
                positiveInt(c.maxConcurrency(), 8, "LLM_MAX_CONCURRENCY"),
                duration(c.timeout(), Duration.ofSeconds(60), "LLM_TIMEOUT"),
                ResponseMode.parse(c.responseFormat()),
                nonNegativeInt(c.maxRetries(), 4, "LLM_MAX_RETRIES"),
                c.temperature() == null || c.temperature().isBlank() ? 0.2 : Double.parseDouble(c.temperature().trim()),
                orDefault(c.promptVersion(), "repair-v1"),
                positiveInt(c.circuitFailureThreshold(), 10, "circuit failure threshold"),
                duration(c.circuitOpenFor(), Duration.ofSeconds(30), "circuit open duration"),
                price(c.priceInputPerMtok(), "LLM_PRICE_INPUT_PER_MTOK"),
                price(c.priceOutputPerMtok(), "LLM_PRICE_OUTPUT_PER_MTOK"));
    }

    public boolean usesLlm() {
        return provider != Provider.OFFLINE;
    }

    /** Parses {@code 60} (seconds), {@code 500ms}, {@code 60s}, {@code 2m} or an ISO-8601 duration. */
    public static Duration duration(String value, Duration fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("pt") || v.startsWith("p")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).trim()));
            }
            if (v.endsWith("s")) {
                return Duration.ofMillis((long) (Double.parseDouble(v.substring(0, v.length() - 1).trim()) * 1000));
            }
            if (v.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1).trim()) * 60);
            }
            return Duration.ofMillis((long) (Double.parseDouble(v) * 1000));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " must be a duration such as 60, 60s or 500ms, not " + value, e);
        }
    }

    private static Double price(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.trim());
            if (d >= 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a price (a number >= 0, e.g. 0.27), not " + value);
    }

    private static int positiveInt(String value, int fallback, String name) {
        int n = nonNegativeInt(value, fallback, name);
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
        return n;
    }

    private static int nonNegativeInt(String value, int fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + value, e);
        }
    }

    private static String orDefault(String value, String fallback) {
        String v = blankToNull(value);
        return v != null ? v : fallback;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
