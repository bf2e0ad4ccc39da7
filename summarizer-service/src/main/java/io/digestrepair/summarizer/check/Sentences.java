package io.digestrepair.summarizer.check;

import io.digestrepair.core.text.SentenceBreaks;

import java.util.regex.Pattern;

/** Counts words and sentences the way a reader would, not tripping over "e.g." or "3.5". */
public final class Sentences {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Sentences() {
    }

    public static int words(String text) {
        int n = 0;
        for (String token : SPACES.split(text.trim())) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }

    /** Sentences, as digest-core's {@link SentenceBreaks} reads them (the offline engine cuts its TL;DRs by the same rule). */
    public static int count(String text) {
        return SentenceBreaks.count(text);
    }
}
