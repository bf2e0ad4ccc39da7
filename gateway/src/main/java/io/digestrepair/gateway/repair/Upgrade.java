package io.digestrepair.gateway.repair;

import io.digestrepair.gateway.summarizer.SummarizerInfo;

import java.util.Locale;
import java.util.Optional;

/** Which earlier repairs a job writes again instead of taking them from the cache. */
public enum Upgrade {
    /** Fields the offline engine wrote: worth redoing once an LLM is configured. */
    OFFLINE("offline");

    private final String engine;

    Upgrade(String engine) {
        this.engine = engine;
    }

    /** The engine named in field provenance whose fields this upgrade redoes. */
    public String engine() {
        return engine;
    }

    /** Nothing to upgrade when the summarizer runs that engine itself: it would write the same fields again. */
    public boolean pointlessWith(SummarizerInfo summarizer) {
        return engine.equalsIgnoreCase(summarizer.engine());
    }

    /** Why such an upgrade does nothing, for the client and the job's message. */
    public String nothingToDo() {
        return "nothing to upgrade: summarizer-service runs the " + engine + " engine itself, which wrote these fields;"
                + " configure an LLM (LLM_PROVIDER) and ask again";
    }

    public static Optional<Upgrade> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (Upgrade u : values()) {
            if (u.engine.equals(v)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
