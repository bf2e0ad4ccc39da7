package io.digestrepair.summarizer.llm;

import java.util.Locale;

/** How the answer's shape is asked for. */
public enum ResponseMode {
    /** A strict JSON schema (OpenAI structured outputs, Ollama's {@code format} schema). */
    JSON_SCHEMA,
    /** JSON mode only ({@code json_object}, Ollama's {@code "json"}): for endpoints without schema support. */
    JSON_OBJECT;

    public static ResponseMode parse(String value) {
        if (value == null || value.isBlank()) {
            return JSON_SCHEMA;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "json_schema", "schema" -> JSON_SCHEMA;
            case "json_object", "json", "json_mode" -> JSON_OBJECT;
            default -> throw new IllegalArgumentException("LLM_RESPONSE_FORMAT must be json_schema or json_object, not " + value);
        };
    }
}
