package io.digestrepair.summarizer.llm;

import java.util.Locale;

/** How the answer's shape is asked for, from the strictest to the plainest (the order downgrades follow). */
public enum ResponseMode {
    /** A strict JSON schema (OpenAI structured outputs, Ollama's {@code format} schema). */
    JSON_SCHEMA("json_schema"),
    /** JSON mode only ({@code json_object}, Ollama's {@code "json"}), the schema written in the prompt. */
    JSON_OBJECT("json_object"),
    /** No response format at all, the schema written in the prompt (DeepSeek's reasoner, servers without JSON mode). */
    TEXT("text");

    private final String key;

    ResponseMode(String key) {
        this.key = key;
    }

    /** The name in {@code LLM_RESPONSE_FORMAT} and {@code GET /summaries/info}. */
    public String key() {
        return key;
    }

    /** The next plainer mode, or null for {@link #TEXT}. */
    public ResponseMode plainer() {
        return this == TEXT ? null : values()[ordinal() + 1];
    }

    /** Null for an unset value: the mode is then negotiated. */
    public static ResponseMode parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "json_schema", "schema" -> JSON_SCHEMA;
            case "json_object", "json", "json_mode" -> JSON_OBJECT;
            case "text", "none", "plain" -> TEXT;
            default -> throw new IllegalArgumentException(
                    "LLM_RESPONSE_FORMAT must be json_schema, json_object or text (or unset to negotiate), not " + value);
        };
    }
}
