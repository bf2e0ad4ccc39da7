package io.digestrepair.gateway.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pipeline names its JSON Lines by the language it wrote them in ({@code ai/enhance.py}:
 * {@code <date>_AI_enhanced_<LANGUAGE>.jsonl}), and a fork's front-end looks for the file of its
 * language. Repaired into English, {@code 2026-06-16_AI_enhanced_Chinese.jsonl} is then
 * {@code 2026-06-16_AI_enhanced_English.jsonl}.
 */
public final class EnglishNames {

    private static final Pattern ENHANCED = Pattern.compile("^(.+_AI_enhanced_)([A-Za-z-]+)(\\.jsonl)$");

    private EnglishNames() {
    }

    /** The English name of a file the pipeline named after another language, or empty when there is none to give. */
    public static Optional<String> of(String fileName) {
        Matcher m = ENHANCED.matcher(fileName);
        if (!m.matches() || m.group(2).equals("English")) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + "English" + m.group(3));
    }
}
