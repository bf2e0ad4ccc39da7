package io.digestrepair.summarizer.llm;

import dev.langchain4j.model.output.structured.Description;
import io.digestrepair.core.FieldName;

import java.util.EnumMap;
import java.util.Map;

/**
 * The five fields an LLM writes for a paper; a field that was not asked for, or could not be read
 * from the reply, is null.
 */
public record RepairedFields(
        @Description("TL;DR: one English sentence, at most 60 words") String tldr,
        @Description("Motivation: why the work was done, at most 120 words") String motivation,
        @Description("Method: what the authors did, at most 120 words") String method,
        @Description("Result: what they found, at most 120 words") String result,
        @Description("Conclusion: what it means, at most 120 words") String conclusion) {

    public static final RepairedFields NONE = new RepairedFields(null, null, null, null, null);

    public static RepairedFields of(Map<String, String> byKey) {
        return new RepairedFields(byKey.get(FieldName.TLDR.key()), byKey.get(FieldName.MOTIVATION.key()),
                byKey.get(FieldName.METHOD.key()), byKey.get(FieldName.RESULT.key()),
                byKey.get(FieldName.CONCLUSION.key()));
    }

    public String get(FieldName field) {
        return switch (field) {
            case TLDR -> tldr;
            case MOTIVATION -> motivation;
            case METHOD -> method;
            case RESULT -> result;
            case CONCLUSION -> conclusion;
        };
    }

    /** The fields that were written. */
    public Map<FieldName, String> present() {
        Map<FieldName, String> out = new EnumMap<>(FieldName.class);
        for (FieldName f : FieldName.values()) {
            String v = get(f);
            if (v != null) {
                out.put(f, v);
            }
        }
        return out;
    }
}
