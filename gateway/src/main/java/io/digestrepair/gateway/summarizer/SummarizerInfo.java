package io.digestrepair.gateway.summarizer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What the summarizer will answer with: part of every cache key, so that a change of engine,
 * model or prompt is a new key, and learnt before any paper is sent so that a hit costs no call.
 */
@Serdeable
public record SummarizerInfo(@Nullable String engine, @Nullable String model, @Nullable String promptVersion) {

    public static final String UNKNOWN = "unknown";
    public static final String OFFLINE = "offline";

    /** A summarizer that does not say what it runs. */
    public static SummarizerInfo unknown() {
        return new SummarizerInfo(UNKNOWN, UNKNOWN, UNKNOWN);
    }

    public SummarizerInfo {
        engine = orUnknown(engine);
        model = orUnknown(model);
        promptVersion = orUnknown(promptVersion);
    }

    public boolean known() {
        return !UNKNOWN.equals(engine);
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? UNKNOWN : s.trim();
    }
}
