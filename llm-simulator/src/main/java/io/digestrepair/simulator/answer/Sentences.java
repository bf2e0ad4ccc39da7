package io.digestrepair.simulator.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Sentence and word handling of English abstracts. */
public final class Sentences {

    /** Words whose final period does not end a sentence ("e.g. Transformers", "Fig. 3"). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "al", "vs", "fig", "figs", "eq", "eqs", "sec", "cf", "approx", "resp", "no", "tab",
            "ref", "refs", "dr", "mr", "ms", "st", "viz", "ca", "ch", "sect", "appx", "incl");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A cut text does not end on these: "... based on the." reads as broken. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "of", "to", "and", "or", "with", "for", "in", "on", "by", "from", "that", "which",
            "is", "are", "was", "were", "its", "their", "our", "as", "into", "than", "we", "this", "these", "at",
            "via", "both", "between", "such", "can", "be", "not", "but", "while", "whether", "how", "what");

    private Sentences() {
    }

    public static String normalize(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The sentences of a text; whitespace (including hard wraps) is collapsed first. */
    public static List<String> split(String text) {
        String t = normalize(text);
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 2 < t.length() && t.charAt(i + 1) == ' '
                    && startsSentence(t.charAt(i + 2)) && !(c == '.' && abbreviationBefore(t, i))) {
                sentences.add(t.substring(start, i + 1));
                start = i + 2;
            } else if (c == '.' && gluedStop(t, i) && !abbreviationBefore(t, i)) {
                sentences.add(t.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < t.length()) {
            sentences.add(t.substring(start));
        }
        return sentences;
    }

    /** "function.To tackle": a stop whose space was lost, told from "e.g.BERT" or "v1.In" by the letters around. */
    private static boolean gluedStop(String t, int dot) {
        return dot > 1 && dot + 2 < t.length() && Character.isLowerCase(t.charAt(dot - 1))
                && Character.isLowerCase(t.charAt(dot - 2)) && Character.isUpperCase(t.charAt(dot + 1))
                && Character.isLowerCase(t.charAt(dot + 2));
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '(' || c == '[' || c == '$'
                || c == '\\';
    }

    /** Whether the period at {@code dot} closes an abbreviation or an initial ("J. Smith"). */
    private static boolean abbreviationBefore(String t, int dot) {
        int s = dot;
        while (s > 0 && t.charAt(s - 1) != ' ' && t.charAt(s - 1) != '(') {
            s--;
        }
        String word = t.substring(s, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
    }

    public static int words(String text) {
        String t = normalize(text);
        return t.isEmpty() ? 0 : WHITESPACE.split(t).length;
    }

    /**
     * The text cut to at most {@code max} words and closed with a period. The cut backs off to a word ending in
     * a letter, so no number is left cut short or glued to the added period.
     */
    public static String truncate(String text, int max) {
        String t = normalize(text);
        String[] words = WHITESPACE.split(t);
        if (words.length <= max) {
            return t;
        }
        return close(String.join(" ", Arrays.copyOf(words, cleanEnd(words, max))));
    }

    /** How many of the first {@code max} words to keep so that the cut ends on a content word. */
    private static int cleanEnd(String[] words, int max) {
        int end = Math.min(max, words.length);
        while (end > 1 && (!endsInLetter(words[end - 1])
                || FUNCTION_WORDS.contains(stripTrailing(words[end - 1]).toLowerCase(Locale.ROOT)))) {
            end--;
        }
        return end;
    }

    private static boolean endsInLetter(String word) {
        String w = stripTrailing(word);
        return !w.isEmpty() && Character.isLetter(w.charAt(w.length() - 1));
    }

    private static String stripTrailing(String s) {
        int e = s.length();
        while (e > 0 && ",;:-–—(/[{".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e);
    }

    /** The text without its final stop, to be continued. */
    public static String open(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t.substring(0, t.length() - 1) : t;
    }

    /** "We propose" becomes "we propose"; an acronym or name ("LLMs", "GPT-4o") is left as it is. */
    public static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /** Ends the text with a sentence stop. */
    public static String close(String text) {
        String t = stripTrailing(text.strip());
        if (t.isEmpty()) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' ? t : t + ".";
    }

    /**
     * One sentence even for a naive splitter: a sentence holding "e.g. X" reads as two to one that splits on
     * every ". ", so it is cut before that point when enough words remain.
     */
    public static String single(String sentence, int minWords) {
        String t = normalize(sentence);
        for (int i = 0; i + 1 < t.length() - 1; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && t.charAt(i + 1) == ' ') {
                int wordStart = t.lastIndexOf(' ', i) + 1;
                String[] head = wordStart > 0 ? WHITESPACE.split(t.substring(0, wordStart - 1)) : new String[0];
                int end = cleanEnd(head, head.length);
                if (end >= minWords) {
                    return close(String.join(" ", Arrays.copyOf(head, end)));
                }
                return null;
            }
        }
        return t;
    }
}
