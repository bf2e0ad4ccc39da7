package io.digestrepair.core;

import java.util.Locale;
import java.util.Optional;

/** The five LLM-written fields of a paper, in the order the pipeline writes them. */
public enum FieldName {
    TLDR("tldr", "TL;DR"),
    MOTIVATION("motivation", "Motivation"),
    METHOD("method", "Method"),
    RESULT("result", "Result"),
    CONCLUSION("conclusion", "Conclusion");

    private final String key;
    private final String label;

    FieldName(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name on the wire and under {@code AI} in the pipeline's JSON Lines. */
    public String key() {
        return key;
    }

    /** The label the Markdown layout writes before the colon. */
    public String label() {
        return label;
    }

    public static Optional<FieldName> byKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.toLowerCase(Locale.ROOT);
        for (FieldName f : values()) {
            if (f.key.equals(k)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
