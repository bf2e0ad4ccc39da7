package io.digestrepair.simulator.answer;

import io.digestrepair.core.FieldName;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Stands in for a translation: an English sentence that carries, verbatim, every run of non-CJK text of the
 * source (model names, numbers, units, formulas), which is what the summarizer's translation check compares.
 * Runs are kept whole ("Vision Transformer (ViT)", "99.16%") so that however a checker cuts its terms out of
 * the source, each is a substring of the answer; and every number of the source stays a whole number of the
 * answer, as the summarizer compares numbers: "15" is carried on its own even when "15.4%" is, since the 15 in
 * "15.4%" is no 15.
 */
final class TranslationWriter {

    private static final int MIN_LATIN_WORDS = 4;
    /** A full-width comma, except one grouping thousands ("４８，０００"). */
    private static final Pattern CLAUSE_COMMA = Pattern.compile("，(?!(?<=\\p{Nd}，)\\p{Nd}{3}(?!\\p{Nd}))");

    private static final String EDGE_PUNCTUATION = ",;:!?\"'`";
    /** What joins a number to what precedes it: a name ("GPT-4", "v1.5"), a decimal or an exponent. */
    private static final String GLUE = ".,-_/^×*·{}\\";

    /**
     * @return the English text, or null when the source carries nothing to keep (the caller writes the field
     * from the abstract instead)
     */
    String write(String field, String source, SplittableRandom random) {
        // NFKC, as the summarizer's check reads the source: full-width "ＧＰＴ－４" is the term "GPT-4"; a full-width
        // comma between clauses stays a separator (NFKC would glue ".742，33" into one number "742,33")
        String text = Sentences.normalize(Normalizer.normalize(CLAUSE_COMMA.matcher(source).replaceAll("、"),
                Normalizer.Form.NFKC));
        if (!hasCjk(text)) {
            // already in a Latin script: the closest faithful "translation" is the text itself, unless it is too
            // short to be a summary at all ("Error", "Summary generation failed"), which is better written anew
            return Sentences.words(text) < MIN_LATIN_WORDS ? null : text;
        }
        List<String> spans = spans(text);
        if (spans.isEmpty()) {
            return null;
        }
        List<String> terms = spans.stream().filter(TranslationWriter::hasLetter).toList();
        List<String> numbers = spans.stream().filter(s -> !hasLetter(s)).toList();
        return Sentences.close(sentence(FieldName.byKey(field).orElse(null), list(terms), list(numbers),
                random.nextBoolean()));
    }

    private static String sentence(FieldName field, String terms, String numbers, boolean alternative) {
        boolean t = !terms.isEmpty();
        boolean n = !numbers.isEmpty();
        if (field == null) {
            return "This part of the paper concerns " + (t ? terms : "the reported figures")
                    + (n ? ", with the figures " + numbers : "");
        }
        return switch (field) {
            case TLDR -> alternative
                    ? "This paper presents work on " + (t ? terms : "its problem") + (n ? " and reports " + numbers : "")
                    : "The paper studies " + (t ? terms : "its problem") + (n ? ", with reported figures of " + numbers : "");
            case MOTIVATION -> "The work is motivated by open problems around " + (t ? terms : "its subject")
                    + (n ? ", quantified by " + numbers : "");
            case METHOD -> (alternative ? "The method relies on " : "The approach builds on ")
                    + (t ? terms : "its own design") + (n ? " with the settings " + numbers : "");
            case RESULT -> "The results cover " + (t ? terms : "the evaluated settings")
                    + (n ? " and reach " + numbers : "");
            case CONCLUSION -> "The authors conclude with findings on " + (t ? terms : "the studied problem")
                    + (n ? ", citing " + numbers : "");
        };
    }

    /** "a", "a and b", "a, b and c". */
    private static String list(List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    /**
     * Maximal runs of non-CJK text holding a letter or digit, trimmed, without repeats, and without runs that a
     * longer run carries whole (see {@link #carriedWhole}).
     */
    static List<String> spans(String text) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean separator = i == text.length() || isSeparator(cp);
            if (!separator && start < 0) {
                start = i;
            } else if (separator && start >= 0) {
                String span = trim(text.substring(start, i), i == text.length());
                if (span.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    found.add(span);
                }
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        List<String> spans = new ArrayList<>();
        for (String s : found) {
            if (found.stream().noneMatch(o -> o.length() > s.length() && carriedWhole(s, o))) {
                spans.add(s);
            }
        }
        return spans;
    }

    /**
     * Whether {@code outer} carries {@code run} so that a checker finds it there: as a substring for a run
     * without digits (terms are compared as substrings), and for a run with digits only where its numbers
     * stay whole numbers: not continued by a digit, a decimal part, a letter or an exponent ("15" in
     * "15.4%", "4" in "GPT-4", "1" in "1e-4", "10" in "5×10^9" are not carried). When in doubt the run is
     * kept: a repeat costs a few words, a lost number a corrective retry.
     */
    static boolean carriedWhole(String run, String outer) {
        boolean digits = run.chars().anyMatch(Character::isDigit);
        for (int i = outer.indexOf(run); i >= 0; i = outer.indexOf(run, i + 1)) {
            if (!digits || (wholeBefore(outer, i) && wholeAfter(outer, i + run.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wholeBefore(String text, int start) {
        if (start == 0) {
            return true;
        }
        char c = text.charAt(start - 1);
        return !Character.isLetterOrDigit(c) && GLUE.indexOf(c) < 0;
    }

    private static boolean wholeAfter(String text, int end) {
        if (end == text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (Character.isLetterOrDigit(c) || "^×*·{}\\".indexOf(c) >= 0) {
            return false;
        }
        return !((c == '.' || c == ',') && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)));
    }

    private static String trim(String span, boolean endOfText) {
        String s = span.strip();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            char first = s.charAt(0);
            char last = s.charAt(s.length() - 1);
            if (EDGE_PUNCTUATION.indexOf(first) >= 0 || first == '.' || unbalancedOpener(s, first)) {
                s = s.substring(1).strip();
                changed = true;
            } else if (EDGE_PUNCTUATION.indexOf(last) >= 0 || (last == '.' && endOfText) || unbalancedCloser(s, last)) {
                s = s.substring(0, s.length() - 1).strip();
                changed = true;
            }
        }
        return s;
    }

    private static boolean unbalancedOpener(String s, char c) {
        return (c == '(' && count(s, '(') > count(s, ')')) || (c == '[' && count(s, '[') > count(s, ']'));
    }

    private static boolean unbalancedCloser(String s, char c) {
        return (c == ')' && count(s, ')') > count(s, '(')) || (c == ']' && count(s, ']') > count(s, '['));
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static boolean isSeparator(int cp) {
        if (isCjk(cp)) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS;
    }

    static boolean hasCjk(String text) {
        return text.codePoints().anyMatch(TranslationWriter::isCjk);
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        // marks of the kana blocks whose script is Common, above all the prolonged sound mark "ー" (U+30FC) of
        // "データ" or "モデル": read as a non-CJK run they leaked into answers ("The paper studies ー; ...")
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.KATAKANA || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS;
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }
}
