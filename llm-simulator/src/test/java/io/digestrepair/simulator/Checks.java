package io.digestrepair.simulator;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.FieldStatus;
import io.digestrepair.core.text.FieldDiagnoser;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.offline.text.TextCleaner;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summarizer's acceptance checks, written independently of the simulator's code so that the tests judge
 * its answers the way the client will.
 */
public final class Checks {

    public static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*%?");
    /**
     * A number as the summarizer compares it in a translation: a whole token (never the "7" of "0.2457"),
     * outside a name (not right after a Latin letter, alone or with a joiner: "GPT-4", "V2V", "top-5").
     */
    public static final Pattern WHOLE_NUMBER = Pattern.compile("(?<![A-Za-z\\d])(?<!\\d[.,])(?<![A-Za-z][-_/.])\\d+(?:[.,]\\d+)*");
    public static final Pattern LATIN_TERM = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_.+/][A-Za-z0-9]+)*");
    /**
     * A stop and a space, except after an initial ("Don R. Swanson") or single letters joined by dots
     * ("S.R. Ranganathan", "U.S. Supreme Court", "i.i.d. noise").
     */
    private static final Pattern NAIVE_SENTENCE_END = Pattern.compile(
            "(?<![\\s(][A-Z]\\.)(?<!\\p{L}\\.\\p{L}\\.)(?<=[.!?])\\s+");
    private static final Set<String> PLACEHOLDERS = Set.of("summary generation failed", "error", "n/a",
            "processing failed", "");

    /** The parser's diagnosis: a repaired field must come out OK in English (no placeholder, nothing suspect). */
    private static final FieldDiagnoser DIAGNOSER = new FieldDiagnoser("en", LanguageDetector.shared());

    private Checks() {
    }

    public static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(cp -> {
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
        });
    }

    public static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    public static int naiveSentences(String s) {
        return NAIVE_SENTENCE_END.split(s.strip()).length;
    }

    public static List<String> all(Pattern p, String s) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** What is wrong with a field's text for the summarizer, or an empty list. */
    public static List<String> problems(String field, String text) {
        List<String> problems = new ArrayList<>();
        if (text == null || PLACEHOLDERS.contains(text.strip().toLowerCase())) {
            problems.add("empty or placeholder: " + text);
            return problems;
        }
        if (hasCjk(text)) {
            problems.add("not English: " + text);
        }
        FieldName name = FieldName.byKey(field).orElse(FieldName.METHOD);
        var diagnosis = DIAGNOSER.diagnose(name, text);
        if (diagnosis.status() != FieldStatus.OK) {
            problems.add(diagnosis.status() + " (" + diagnosis.language() + "): " + text);
        }
        int limit = field.equals("tldr") ? 60 : 120;
        if (words(text) > limit) {
            problems.add(words(text) + " words > " + limit + ": " + text);
        }
        if (field.equals("tldr") && naiveSentences(text) != 1) {
            problems.add("TL;DR of " + naiveSentences(text) + " sentences: " + text);
        }
        return problems;
    }

    /**
     * Numbers of a generated field that the abstract does not state, as written or as the offline engine's
     * cleaner reads its LaTeX ("$15{,}000$" states 15,000), the reading the summarizer uses.
     */
    public static List<String> numbersNotIn(String text, String abstractText) {
        String read = TextCleaner.clean(abstractText);
        return all(NUMBER, text).stream()
                .filter(n -> !abstractText.contains(n.replace("%", "")) && !read.contains(n.replace("%", "")))
                .toList();
    }

    /**
     * Numbers and Latin-script terms of a source that its translation lacks: a number must be a whole number
     * of the translation, by value ("48,000" = "48000", "0.50" = "0.5", the percent sign optional); a term
     * must be part of it.
     */
    public static List<String> notCarried(String source, String translation) {
        Set<String> carried = new HashSet<>();
        all(WHOLE_NUMBER, asRead(translation)).forEach(n -> carried.add(value(n)));
        Set<String> lost = new LinkedHashSet<>();
        all(WHOLE_NUMBER, asRead(source)).stream().filter(n -> !carried.contains(value(n))).forEach(lost::add);
        all(LATIN_TERM, source).stream().filter(t -> !translation.contains(t)).forEach(lost::add);
        return List.copyOf(lost);
    }

    /** As the summarizer reads numbers: NFKC, a full-width comma between clauses a comma and a space (not a decimal comma). */
    static String asRead(String text) {
        return Normalizer.normalize(text.replaceAll("，(?!(?<=\\p{Nd}，)\\p{Nd}{3}(?!\\p{Nd}))", ", "), Normalizer.Form.NFKC);
    }

    /** "48,000" is 48000, "0.50" is 0.5, "0,5" is 0.5; "3.1.2" stays as written. */
    static String value(String number) {
        String n = number.matches("\\d{1,3}(,\\d{3})+") ? number.replace(",", "") : number.replace(',', '.');
        try {
            return new BigDecimal(n).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return n;
        }
    }
}
