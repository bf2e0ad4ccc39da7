package io.digestrepair.core.text;

import java.util.Locale;
import java.util.Map;

/**
 * The English words that state a number ("five benchmarks" = 5, "twice" = 2), read alike by the summarizer's
 * checks (a translation may write "7" as "seven") and by the offline engine (a sentence writing "five" states
 * the "5" of a field's original).
 */
public final class NumberWords {

    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("single", "1"), Map.entry("twice", "2"), Map.entry("double", "2"), Map.entry("half", "0.5"),
            Map.entry("dozen", "12"), Map.entry("hundred", "100"), Map.entry("thousand", "1000"));

    private NumberWords() {
    }

    /** The value {@code word} states, as a canonical decimal string; null when it states none. */
    public static String value(String word) {
        return VALUES.get(word.toLowerCase(Locale.ROOT));
    }
}
