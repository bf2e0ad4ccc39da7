package io.digestrepair.core.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where one sentence of a field ends and the next begins, the way a reader counts them, not tripping
 * over "e.g.", "3.5", "et al." or initials. The summarizer's answer checks count a TL;DR's sentences with
 * it and the offline engine cuts its TL;DRs with it, so the two never disagree about what one sentence is.
 *
 * <p>A break is a full stop, question or exclamation mark (and closing quotes or a parenthesis) followed
 * by white space and a capital or a digit, unless the full stop ends an initial, letters joined by dots
 * ("U.S.", "i.i.d.") or one of {@link #ABBREVIATIONS}.
 */
public final class SentenceBreaks {

    static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "al", "etc", "vs", "fig", "figs", "eq", "eqs", "sec", "no", "approx", "resp", "cf",
            "dr", "mr", "ms", "prof", "inc", "ltd", "st", "vol", "ref", "refs", "tab", "ch", "ca");

    private static final Pattern DOTTED_LETTERS = Pattern.compile("\\p{L}(?:\\.\\p{L})+");

    private SentenceBreaks() {
    }

    /** How many sentences the text has; 0 for a blank one. */
    public static int count(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        int sentences = 1;
        for (int at = next(t, 0); at >= 0; at = next(t, at)) {
            sentences++;
        }
        return sentences;
    }

    /**
     * Where the first sentence of the stripped text ends (after its mark and closing quotes, before the
     * space), or -1 when the text is one sentence.
     */
    public static int firstEnd(String text) {
        return next(text.strip(), 0);
    }

    /** The end of the sentence break at or after {@code from}, or -1. */
    private static int next(String t, int from) {
        for (int i = from; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < t.length() && (t.charAt(j) == '"' || t.charAt(j) == '\'' || t.charAt(j) == ')')) {
                j++;
            }
            if (j >= t.length() || !Character.isWhitespace(t.charAt(j))) {
                continue;
            }
            int end = j;
            while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
                j++;
            }
            if (j >= t.length() || !Character.isUpperCase(t.charAt(j)) && !Character.isDigit(t.charAt(j))) {
                continue;
            }
            if (c == '.' && abbreviationBefore(t, i)) {
                continue;
            }
            return end;
        }
        return -1;
    }

    private static boolean abbreviationBefore(String t, int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(t.charAt(start - 1)) && t.charAt(start - 1) != '(') {
            start--;
        }
        String word = t.substring(start, dot).toLowerCase(Locale.ROOT);
        // an initial ("J. Smith"), or single letters joined by dots: "S.R. Ranganathan", "U.S. Supreme Court",
        // "i.i.d. Gaussian noise", which a name or a noun follows
        return word.length() == 1 && Character.isLetter(word.charAt(0)) || DOTTED_LETTERS.matcher(word).matches()
                || ABBREVIATIONS.contains(word);
    }
}
