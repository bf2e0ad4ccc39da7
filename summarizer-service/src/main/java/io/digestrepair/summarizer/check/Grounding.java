package io.digestrepair.summarizer.check;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a field must not invent or drop: its numbers and its Latin-script terms (model, dataset
 * and method names). Text is NFKC-normalised first, so full-width digits in CJK text count as digits.
 */
public final class Grounding {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** A list marker such as "1)", "（2）", "3、" or "4." before a list item: structure, not a fact to carry over. */
    private static final Pattern ENUMERATOR = Pattern.compile(
            "(?:^|(?<=[\\s:;,.!?(\\[]))[(\\[]?\\d{1,2}(?:[)\\]、]|\\.(?!\\d))");
    private static final Pattern LATIN_RUN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-_.+/']*");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("single", "1"), Map.entry("twice", "2"), Map.entry("double", "2"), Map.entry("half", "0.5"),
            Map.entry("dozen", "12"), Map.entry("hundred", "100"), Map.entry("thousand", "1000"));
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    private Grounding() {
    }

    /** Every number written with digits, normalised ({@code 1,000} = {@code 1000}, {@code 0.50} = {@code 0.5}). */
    public static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(nfkc(text));
        while (m.find()) {
            out.add(normalizeNumber(m.group()));
        }
        return out;
    }

    /** The numbers a source states, leaving out list markers ("1)", "（2）", "3、"). */
    public static Set<String> factualNumbers(String text) {
        return numbers(ENUMERATOR.matcher(nfkc(text)).replaceAll(" "));
    }

    /** The numbers a text states, in digits or as common English number words. */
    public static Set<String> statedNumbers(String text) {
        Set<String> out = numbers(text);
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            String n = NUMBER_WORDS.get(w.group().toLowerCase(Locale.ROOT));
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * The names a translation must carry over. In a text that is mostly in another script every
     * Latin-script run counts; in a Latin-script text (French, German...) only runs that look like
     * names: with a digit or at least two capitals ({@code BERT}, {@code ImageNet}, {@code GPT-4}).
     */
    public static Set<String> latinTerms(String text) {
        String t = nfkc(text);
        boolean mostlyLatin = latinShare(t) > 0.5;
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LATIN_RUN.matcher(t);
        while (m.find()) {
            String run = trimTrailing(m.group());
            if (run.isEmpty() || !hasLetter(run)) {
                continue;
            }
            if (!mostlyLatin || looksLikeName(run)) {
                out.add(run);
            }
        }
        return out;
    }

    /** "1,000,000" written "1000000", so that a number is found however its thousands were grouped. */
    public static String withoutThousandsSeparators(String text) {
        return text.replaceAll("(?<=\\d),(?=\\d{3}(?!\\d))", "");
    }

    static String normalizeNumber(String raw) {
        String n = raw;
        // "1,000,000" is a thousands grouping; "0,5" a decimal comma
        if (n.matches("\\d{1,3}(,\\d{3})+")) {
            n = n.replace(",", "");
        } else {
            n = n.replace(',', '.');
        }
        if (n.chars().filter(c -> c == '.').count() > 1) {
            return n; // a version or section number such as 3.1.2: compared as written
        }
        try {
            return new BigDecimal(n).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return n;
        }
    }

    public static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static String trimTrailing(String run) {
        int end = run.length();
        while (end > 0 && ".-_/+'".indexOf(run.charAt(end - 1)) >= 0) {
            end--;
        }
        return run.substring(0, end);
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeName(String run) {
        int upper = 0;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    private static double latinShare(String t) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return letters == 0 ? 0 : (double) latin / letters;
    }
}
