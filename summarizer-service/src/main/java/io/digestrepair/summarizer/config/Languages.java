package io.digestrepair.summarizer.config;

import java.util.Locale;
import java.util.Map;

/**
 * Target languages by code and by the name the pipeline's {@code LANGUAGE} uses ("English", "Chinese").
 * The name goes into the prompt, the code is what the language detector reports.
 */
public final class Languages {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("en", "English"), Map.entry("zh", "Chinese"), Map.entry("ja", "Japanese"),
            Map.entry("ko", "Korean"), Map.entry("fr", "French"), Map.entry("de", "German"),
            Map.entry("es", "Spanish"), Map.entry("it", "Italian"), Map.entry("pt", "Portuguese"),
            Map.entry("ru", "Russian"));

    private Languages() {
    }

    /** The ISO 639-1 code for a code or an English language name; throws for an unknown one. */
    public static String code(String language) {
        String v = language.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("en-") || v.startsWith("en_")) {
            v = "en";
        }
        if (NAMES.containsKey(v)) {
            return v;
        }
        for (Map.Entry<String, String> e : NAMES.entrySet()) {
            if (e.getValue().toLowerCase(Locale.ROOT).equals(v)) {
                return e.getKey();
            }
        }
        if (v.equals("simplified chinese") || v.equals("traditional chinese")) {
            return "zh";
        }
        throw new IllegalArgumentException("unknown language: " + language);
    }

    public static String name(String code) {
        String name = NAMES.get(code);
        if (name == null) {
            throw new IllegalArgumentException("unknown language code: " + code);
        }
        return name;
    }
}
