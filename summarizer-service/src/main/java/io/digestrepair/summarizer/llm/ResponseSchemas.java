package io.digestrepair.summarizer.llm;

import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import io.digestrepair.core.FieldName;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The response format of one call, shaped by the fields it asks for. */
public final class ResponseSchemas {

    public static final String SCHEMA_NAME = "repaired_fields";

    private ResponseSchemas() {
    }

    public static ChatRequestParameters parameters(Set<FieldName> fields, ResponseMode mode) {
        return parameters(fields, mode, null);
    }

    /** {@code maxTokens} null sends no limit (the server's own applies). */
    public static ChatRequestParameters parameters(Set<FieldName> fields, ResponseMode mode, Integer maxTokens) {
        return ChatRequestParameters.builder().responseFormat(format(fields, mode)).maxOutputTokens(maxTokens).build();
    }

    public static ResponseFormat format(Set<FieldName> fields, ResponseMode mode) {
        if (mode == ResponseMode.JSON_OBJECT) {
            return ResponseFormat.JSON;
        }
        if (mode == ResponseMode.TEXT) {
            // explicit, so that AiServices does not derive a schema of its own from the return type
            return ResponseFormat.TEXT;
        }
        JsonObjectSchema.Builder root = JsonObjectSchema.builder();
        List<String> required = new ArrayList<>();
        for (FieldName f : FieldName.values()) {
            if (fields.contains(f)) {
                root.addStringProperty(f.key(), description(f));
                required.add(f.key());
            }
        }
        root.required(required).additionalProperties(false);
        return ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder().name(SCHEMA_NAME).rootElement(root.build()).build())
                .build();
    }

    /**
     * What the prompt must say when the endpoint does not enforce the schema: the keys and what each holds, and
     * the word JSON, without which DeepSeek refuses JSON mode (https://api-docs.deepseek.com/guides/json_mode).
     * Empty for {@link ResponseMode#JSON_SCHEMA}, where the schema travels as the response format.
     */
    public static String instructions(Set<FieldName> fields, ResponseMode mode) {
        if (mode == ResponseMode.JSON_SCHEMA) {
            return "";
        }
        StringBuilder b = new StringBuilder("\n\nAnswer with one JSON object and nothing else, with exactly these keys:");
        for (FieldName f : FieldName.values()) {
            if (fields.contains(f)) {
                b.append("\n- \"").append(f.key()).append("\": ").append(description(f));
            }
        }
        b.append("\nExample JSON output: {");
        boolean first = true;
        for (FieldName f : FieldName.values()) {
            if (fields.contains(f)) {
                b.append(first ? "" : ", ").append('"').append(f.key()).append("\": \"...\"");
                first = false;
            }
        }
        return b.append('}').toString();
    }

    static String description(FieldName f) {
        return switch (f) {
            case TLDR -> "TL;DR: one sentence, at most 60 words";
            case MOTIVATION -> "Motivation: the problem and why it matters, at most 120 words";
            case METHOD -> "Method: what the authors propose or do, at most 120 words";
            case RESULT -> "Result: what they found or achieved, at most 120 words";
            case CONCLUSION -> "Conclusion: what the work shows or enables, at most 120 words";
        };
    }
}
