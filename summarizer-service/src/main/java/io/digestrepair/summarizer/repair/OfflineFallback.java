package io.digestrepair.summarizer.repair;

import io.digestrepair.core.FieldName;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The last stage: the in-process extractive engine. It is loaded on first use, and any failure of it
 * (not built yet, no model resource) becomes a per-paper error instead of a placeholder.
 */
public final class OfflineFallback {

    /** The engine's answer, or why there is none. */
    public record Result(Map<FieldName, String> fields, String error) {
    }

    /**
     * What the engine does, so a test can stand in for it.
     * {@code originals}: the text of each field to be replaced that was in another language, to guide the
     * choice of sentences (the engine never translates it).
     */
    @FunctionalInterface
    public interface Engine {
        Map<FieldName, String> summarize(String title, String abstractText, Map<FieldName, String> originals);
    }

    private final Supplier<Engine> loader;
    private volatile Engine engine;
    private volatile String loadError;

    public OfflineFallback(Supplier<Engine> loader) {
        this.loader = loader;
    }

    public Result summarize(String title, String abstractText) {
        return summarize(title, abstractText, Map.of());
    }

    public Result summarize(String title, String abstractText, Map<FieldName, String> originals) {
        Engine e = engine();
        if (e == null) {
            return new Result(Map.of(), "offline engine unavailable: " + loadError);
        }
        try {
            Map<FieldName, String> fields = e.summarize(title, abstractText, originals);
            return new Result(fields == null ? Map.of() : fields, null);
        } catch (UnsupportedOperationException ex) {
            return new Result(Map.of(), "offline engine unavailable: " + ex.getMessage());
        } catch (RuntimeException ex) {
            return new Result(Map.of(), "offline engine failed: " + ex);
        }
    }

    private Engine engine() {
        if (engine == null && loadError == null) {
            synchronized (this) {
                if (engine == null && loadError == null) {
                    try {
                        engine = loader.get();
                    } catch (RuntimeException ex) {
                        loadError = ex.toString();
                    }
                }
            }
        }
        return engine;
    }
}
