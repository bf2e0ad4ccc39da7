package io.digestrepair.offline;

import io.digestrepair.core.FieldName;

import java.util.Map;

/**
 * The extractive engine: English fields taken from the abstract alone.
 * Thread-safe; load once ({@link #load()}) and share.
 *
 * TODO(offline issue): sentence splitter, role classifier, field assembly.
 */
public final class OfflineEngine {

    public static final String ENGINE = "offline";
    public static final String MODEL = "extractive";

    private OfflineEngine() {
    }

    /** Loads the role model bundled as a resource. */
    public static OfflineEngine load() {
        return new OfflineEngine();
    }

    /** All five fields, each non-empty when the abstract has at least one sentence. */
    public Map<FieldName, String> summarize(String title, String abstractText) {
        return Map.of();
    }
}
