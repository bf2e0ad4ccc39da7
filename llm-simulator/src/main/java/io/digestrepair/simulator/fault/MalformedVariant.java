package io.digestrepair.simulator.fault;

import java.util.Locale;
import java.util.Optional;

/** The ways real models break the JSON they were asked for. */
public enum MalformedVariant {
    /** Cut off in the middle of a string, as when the model hits its token limit. */
    TRUNCATED,
    /** Wrapped in a ```json fence with chatter before and after. */
    FENCED,
    /** A comma after the last member. */
    TRAILING_COMMA,
    /** Typographic quotes in place of the JSON quotes. */
    SMART_QUOTES,
    /** LaTeX copied from the abstract with its backslashes unescaped ({@code \alpha} is no JSON escape). */
    LATEX_BACKSLASH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MalformedVariant> byKey(String key) {
        for (MalformedVariant v : values()) {
            if (v.key().equalsIgnoreCase(key.strip()) || v.name().equalsIgnoreCase(key.strip())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
