package io.digestrepair.summarizer.config;

import io.digestrepair.core.text.TargetLanguage;

import java.util.Locale;

/** Target languages: parsed as the parser does ({@link TargetLanguage}), named in English for the prompt. */
public final class Languages {

    private Languages() {
    }

    /** The ISO 639-1 code for a code or a language name; throws IllegalArgumentException for an unknown one. */
    public static String code(String language) {
        return TargetLanguage.parse(language);
    }

    /** The English name of a code, as the prompt says it ("English", "Chinese"). */
    public static String name(String code) {
        String name = Locale.of(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
