package io.digestrepair.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pipeline names its JSON Lines after the language it wrote ({@code ai/enhance.py}:
 * {@code <date>_AI_enhanced_<LANGUAGE>.jsonl}), and a fork's front-end looks for the file of its
 * language: repaired into English, {@code 2026-06-16_AI_enhanced_Chinese.jsonl} is
 * {@code 2026-06-16_AI_enhanced_English.jsonl}. (The gateway's watched folder does the same, ENGLISH_NAMES.)
 */
final class TargetNames {

    private static final Pattern ENHANCED = Pattern.compile("^(.+_AI_enhanced_)([A-Za-z-]+)(\\.jsonl)$");
    private static final Set<String> ENGLISH = Set.of("english", "en", "eng");

    private TargetNames() {
    }

    static Optional<String> english(String fileName) {
        Matcher m = ENHANCED.matcher(fileName);
        if (!m.matches() || m.group(2).equals("English")) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + "English" + m.group(3));
    }

    /** {@code LANGUAGE} as the pipeline and the stack read it: English when unset. */
    static boolean targetIsEnglish(String language) {
        return language == null || language.isBlank() || ENGLISH.contains(language.strip().toLowerCase(Locale.ROOT));
    }
}
