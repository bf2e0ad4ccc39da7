package io.digestrepair.gateway.summarizer;

import io.digestrepair.core.wire.Provenance;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Objects;

/**
 * What the summarizer will answer with ({@code GET /summaries/info}): engine, model and prompt
 * version are part of every cache key, so that a change of any of them is a new key, and are learnt
 * before any paper is sent so that a hit costs no call. The fallback model is not part of the key (it
 * writes only what the main model could not), but an answer written by it is expected.
 */
@Serdeable
public record SummarizerInfo(@Nullable String engine, @Nullable String model, @Nullable String promptVersion,
                             @Nullable String fallbackModel) {

    public static final String UNKNOWN = "unknown";
    public static final String OFFLINE = "offline";

    /** A summarizer that does not say what it runs. */
    public static SummarizerInfo unknown() {
        return new SummarizerInfo(UNKNOWN, UNKNOWN, UNKNOWN);
    }

    /** As stored with a job or a cache entry: the parts of the key. */
    public SummarizerInfo(String engine, String model, String promptVersion) {
        this(engine, model, promptVersion, null);
    }

    @Creator
    public SummarizerInfo {
        engine = orUnknown(engine);
        model = orUnknown(model);
        promptVersion = orUnknown(promptVersion);
        fallbackModel = fallbackModel == null || fallbackModel.isBlank() ? null : fallbackModel.trim();
    }

    public boolean known() {
        return !UNKNOWN.equals(engine);
    }

    public boolean offline() {
        return OFFLINE.equalsIgnoreCase(engine);
    }

    /** The same cache keys: engine, model and prompt version alike (the fallback model aside). */
    public boolean sameKeyAs(SummarizerInfo other) {
        return engine.equals(other.engine) && model.equals(other.model) && promptVersion.equals(other.promptVersion);
    }

    /**
     * Whether a summarizer so configured may have written a field with this provenance: its engine and
     * prompt with its main or fallback model, or the offline engine, every configuration's last resort.
     * An unknown configuration may have written anything.
     */
    public boolean mayHaveWritten(@Nullable Provenance p) {
        if (p == null || !known() || OFFLINE.equalsIgnoreCase(p.engine())) {
            return true;
        }
        return engine.equalsIgnoreCase(p.engine()) && promptVersion.equals(p.promptVersion())
                && (model.equals(p.model()) || Objects.equals(fallbackModel, p.model()));
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? UNKNOWN : s.trim();
    }
}
