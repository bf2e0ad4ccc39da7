package io.digestrepair.summarizer.config;

import java.util.Locale;

/** Where fields are written. */
public enum Provider {
    OPENAI("openai"),
    OLLAMA("ollama"),
    OFFLINE("offline");

    private final String engine;

    Provider(String engine) {
        this.engine = engine;
    }

    /** The engine name in provenance and metrics. */
    public String engine() {
        return engine;
    }

    public static Provider parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "openai", "open-ai", "openai-compatible" -> OPENAI;
            case "ollama" -> OLLAMA;
            case "offline", "none", "extractive" -> OFFLINE;
            default -> throw new IllegalArgumentException("LLM_PROVIDER must be openai, ollama or offline, not " + value);
        };
    }
}
