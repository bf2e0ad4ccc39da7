package io.digestrepair.summarizer.check;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Counts words and sentences the way a reader would, not tripping over "e.g." or "3.5". */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "al", "etc", "vs", "fig", "figs", "eq", "eqs", "sec", "no", "approx", "resp", "cf",
            "dr", "mr", "ms", "prof", "inc", "ltd", "st", "vol", "ref", "refs", "tab", "ch", "ca");

    private static final Pattern DOTTED_LETTERS = Pattern.compile("\\p{L}(?:\\.\\p{L})+");
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

    /** Sentences: a boundary is . ! or ? followed by space and a capital or digit, after a word that is no abbreviation. */
    public static int count(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return 0;
        }
        int sentences = 1;
        for (int i = 0; i < t.length() - 1; i++) {
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
            while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
                j++;
            }
            if (j >= t.length()) {
                continue;
            }
            char next = t.charAt(j);
            if (!Character.isUpperCase(next) && !Character.isDigit(next)) {
                continue;
            }
            if (c == '.' && isAbbreviation(t, i)) {
                continue;
            }
            sentences++;
        }
        return sentences;
    }

    private static boolean isAbbreviation(String t, int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(t.charAt(start - 1)) && t.charAt(start - 1) != '(') {
            start--;
        }
        String word = t.substring(start, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial: "J. Smith"
        }
        // single letters joined by dots: initials and abbreviations such as "S.R. Ranganathan",
        // "M.C. Escher", "U.S. Supreme Court", "i.i.d. Gaussian noise", which a name or a noun follows
        return DOTTED_LETTERS.matcher(word).matches() || ABBREVIATIONS.contains(word);
    }
}
