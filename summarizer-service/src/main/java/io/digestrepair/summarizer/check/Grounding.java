package io.digestrepair.summarizer.check;

import io.digestrepair.core.text.NumberWords;
import io.digestrepair.offline.text.TextCleaner;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a field must not invent or drop: its numbers and its Latin-script terms (model, dataset
 * and method names). Text is NFKC-normalised first, so full-width digits in CJK text count as digits.
 * <p>
 * Numbers are compared as whole tokens by value, never as substrings: "7" is not in "0.2457", and
 * "15" is not in "15.4%". What counts as the same number is what a faithful translation may
 * legitimately rewrite: thousands separators ({@code 48,000} = {@code 48000}, also with the thin or
 * no-break spaces of French typography), trailing zeros ({@code 0.50} = {@code 0.5}), a decimal comma
 * ({@code 0,5}), scientific notation ({@code 1e-4} = {@code 1×10^-4} = {@code 10^{-4}} = {@code 0.0001}),
 * the percent sign (optional), a magnitude written as a word or a CJK character ({@code 4.8万} =
 * {@code 48,000}, {@code 1.5 million} = {@code 1500000}), and common number words ("seven").
 * <p>
 * Abstracts write numbers in LaTeX ({@code $15{,}000$}, {@code $377$}, {@code 95\%}, {@code $10^{-4}$}), and a
 * field written from one (by the offline engine, or by an LLM that read it) writes them as plain text. So both
 * sides are read as the offline engine reads an abstract, through its {@link TextCleaner}: one normaliser, not a
 * second one that could drift from it. What a text must state is read that way only; what a text offers (the
 * numbers an abstract states, those a translation carries) is read both ways, so that nothing accepted before
 * is refused now.
 */
public final class Grounding {

    /**
     * One number: {@code [m ×] 10^e}, {@code m e e}, or digits with separators. Scientific forms come
     * first so that "1e-4" is one number, not a 1 and a 4.
     */
    private static final Pattern NUMBER_FORM = Pattern.compile(
            "(?:(\\d+(?:\\.\\d+)?)\\s*(?:[×xX*·]|\\\\times|\\\\cdot)\\s*)?10\\s*\\^\\s*\\{?\\s*([-−+]?)\\s*(\\d{1,3})\\s*\\}?"
                    + "|(\\d+(?:\\.\\d+)?)[eE]([-−+]?)(\\d{1,3})(?![A-Za-z\\d])"
                    + "|(\\d+(?:[.,]\\d+)*)");
    /** The digit runs the first version of these checks read, still accepted as what an abstract states. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** A magnitude after a number: "4.8万", "3 亿", "1.5 million". */
    private static final Pattern MAGNITUDE = Pattern.compile(
            "\\s*(?:([十百千]?)([万萬만亿億억])|([百千])|(thousand|million|billion|trillion)\\b)", Pattern.CASE_INSENSITIVE);
    /** "48 000" with a thin or no-break space (NFKC would turn it into a plain space, which also separates two numbers). */
    private static final Pattern SPACE_GROUPING = Pattern.compile("(?<=\\d)[\\u00A0\\u202F\\u2009](?=\\d{3}(?!\\d))");
    /**
     * A full-width comma between clauses ("AUROC=.742，33个模型"), which NFKC would make an ASCII comma and so
     * one number "742,33"; kept only where it groups thousands ("４８，０００").
     */
    private static final Pattern CJK_COMMA = Pattern.compile("，(?!(?<=\\p{Nd}，)\\p{Nd}{3}(?!\\p{Nd}))");
    /**
     * A list marker such as "1)", "（2）", "3、" or "4." before a list item: structure, not a fact to carry over.
     * Never the decimals of a number ("0.24)", "Haiku 4.5、"), which a stop or a comma before them would suggest.
     */
    private static final Pattern ENUMERATOR = Pattern.compile(
            "(?:^|(?<=[\\s:;,.!?(\\[]))(?<!\\d[.,])[(\\[]?\\d{1,2}(?:[)\\]、]|\\.(?!\\d))");
    private static final Pattern LATIN_RUN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-_.+/']*");
    private static final Map<String, Integer> MAGNITUDE_EXPONENTS = Map.ofEntries(
            Map.entry("十", 1), Map.entry("百", 2), Map.entry("千", 3),
            Map.entry("万", 4), Map.entry("萬", 4), Map.entry("만", 4),
            Map.entry("亿", 8), Map.entry("億", 8), Map.entry("억", 8),
            Map.entry("thousand", 3), Map.entry("million", 6), Map.entry("billion", 9), Map.entry("trillion", 12));
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern COMMA_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern DOT_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3}){2,}");
    /** Markup whose reading (TeX, HTML entities and tags) depends on more than a number's neighbours. */
    private static final Pattern MARKUP = Pattern.compile("[$\\\\{}^_<>&~]");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+");
    /** Plain notation up to this many digits; beyond, the canonical scientific form (1E-44) keeps values short. */
    private static final int MAX_PLAIN_EXPONENT = 30;

    private Grounding() {
    }

    /**
     * A number as a text writes it.
     *
     * @param values what it may stand for, normalised; the first is the value as written, the others
     *               its readings with a magnitude ("4.8万": 4.8 and 48000) or with dots as thousands
     *               separators ("1.000.000")
     * @param inName part of a name rather than a quantity: directly after a Latin letter, or after a
     *               letter and a joiner ("GPT-4", "ResNet50", "V2V", "top-5"); the name carries it
     */
    public record Num(String written, List<String> values, boolean inName) {

        public String value() {
            return values.getFirst();
        }
    }

    /** Every number of a text, in order, as the offline engine would write it (LaTeX markup read as text). */
    public static List<Num> scan(String text) {
        if (!hasNumeral(text)) {
            return List.of(); // most fields state no number; preparing them (LaTeX, NFKC) was most of the cost
        }
        return scanPrepared(prepare(text));
    }

    /**
     * Whether the text has a character that is or becomes a digit: a decimal digit of any script, or another
     * numeral (superscripts, circled and fraction forms, which NFKC turns into digits). Without one it states
     * no number written with digits.
     */
    static boolean hasNumeral(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
            if (c >= 0x80) {
                int type = Character.getType(c);
                if (type == Character.DECIMAL_DIGIT_NUMBER || type == Character.OTHER_NUMBER || Character.isSurrogate(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The numbers of a text already prepared. */
    private static List<Num> scanPrepared(String t) {
        List<Num> out = new ArrayList<>();
        Matcher m = NUMBER_FORM.matcher(t);
        while (m.find()) {
            LinkedHashSet<String> values = new LinkedHashSet<>();
            BigDecimal primary;
            if (m.group(3) != null) {
                primary = scientific(m.group(1) == null ? "1" : m.group(1), m.group(2), m.group(3));
            } else if (m.group(6) != null) {
                primary = scientific(m.group(4), m.group(5), m.group(6));
            } else {
                String raw = m.group(7);
                String normalized = normalizeNumber(raw);
                values.add(normalized);
                primary = decimal(normalized);
                if (DOT_GROUPED.matcher(raw).matches()) {
                    // "1.000.000": thousands grouped with dots (German), never a decimal
                    values.add(normalizeNumber(raw.replace(".", "")));
                }
            }
            if (primary != null) {
                values.add(canonical(primary));
                Matcher mag = MAGNITUDE.matcher(t).region(m.end(), t.length());
                if (mag.lookingAt()) {
                    int exponent = mag.group(4) != null ? MAGNITUDE_EXPONENTS.get(mag.group(4).toLowerCase(Locale.ROOT))
                            : mag.group(3) != null ? MAGNITUDE_EXPONENTS.get(mag.group(3))
                            : MAGNITUDE_EXPONENTS.get(mag.group(2))
                            + (mag.group(1).isEmpty() ? 0 : MAGNITUDE_EXPONENTS.get(mag.group(1)));
                    values.add(canonical(primary.scaleByPowerOfTen(exponent)));
                }
            }
            out.add(new Num(m.group(), List.copyOf(values), inName(t, m.start())));
        }
        return out;
    }

    /** The numbers of a text both as written and with its LaTeX read as text: for what a text offers, not what it must state. */
    private static List<Num> scanBothWays(String text) {
        return scanBothWays(prepare(text), prepareAsWritten(text));
    }

    private static List<Num> scanBothWays(String plain, String asWritten) {
        if (plain.equals(asWritten)) {
            return scanPrepared(plain);
        }
        List<Num> out = new ArrayList<>(scanPrepared(plain));
        out.addAll(scanPrepared(asWritten));
        return out;
    }

    /**
     * True when every sentence of the text is a sentence of the source, as written there (a final full
     * stop may be the text's own): its numbers are then the source's own digits between the same
     * neighbours, so none can be a number the source does not state, and {@link #statedNumbers} and
     * {@link #scan} need not be read. The offline engine's fields are such copies, LLM answers seldom.
     * A copy is trusted only without markup and only where it starts and ends a sentence of the source
     * clear of any digit that could join one of its numbers ("2 × 10^-4", "48 000", "4.8万"); anything
     * else is left to the full check, so this never accepts what that check refuses.
     */
    public static boolean copiedVerbatim(String source, String text) {
        String t = text.strip();
        if (t.isEmpty() || MARKUP.matcher(t).find()) {
            return false;
        }
        for (String piece : SENTENCE_BREAK.split(t)) {
            if (!foundAsSentence(source, piece)
                    && !(piece.length() > 1 && piece.endsWith(".") && foundAsSentence(source, piece.substring(0, piece.length() - 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean foundAsSentence(String source, String piece) {
        for (int at = source.indexOf(piece); at >= 0; at = source.indexOf(piece, at + 1)) {
            if (startsSentence(source, at) && endsClear(source, at + piece.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(String s, int at) {
        if (at == 0 || s.charAt(at - 1) == '\n') {
            return true;
        }
        return at >= 2 && Character.isWhitespace(s.charAt(at - 1)) && ".!?:;".indexOf(s.charAt(at - 2)) >= 0;
    }

    private static boolean endsClear(String s, int end) {
        if (end == s.length()) {
            return true;
        }
        char c = s.charAt(end);
        int next = end + 1;
        if (".!?,;:)]\"'".indexOf(c) >= 0) {
            if (next == s.length()) {
                return true;
            }
            c = s.charAt(next);
            next++;
        }
        return Character.isWhitespace(c) && (next == s.length() || !Character.isDigit(s.charAt(next)));
    }

    /** Every number written with digits, names' digits included, normalised ({@code 1,000} = {@code 1000}). */
    public static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Num n : scan(text)) {
            out.add(n.value());
        }
        return out;
    }

    /**
     * Every value a source states, for a generated field to draw on: all readings of its numbers,
     * the digit runs of the first version of this check (so no extract that passed it fails now),
     * and common English number words.
     */
    public static Set<String> statedNumbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        String asWritten = prepareAsWritten(text);
        for (Num n : scanBothWays(prepare(text), asWritten)) {
            out.addAll(n.values());
        }
        Matcher d = DIGIT_RUN.matcher(asWritten);
        while (d.find()) {
            out.add(normalizeNumber(d.group()));
        }
        out.addAll(numberWords(text));
        return out;
    }

    /** The quantities a translation must carry: numbers outside names, leaving out list markers ("1)", "（2）", "3、"). */
    public static List<Num> factualNumbers(String text) {
        return scanPrepared(ENUMERATOR.matcher(prepare(text)).replaceAll(" ")).stream().filter(n -> !n.inName()).toList();
    }

    /**
     * The values a translation carries: every reading of its numbers outside names, and its number
     * words ("7 benchmarks" may become "seven benchmarks"). A number inside a name ("GPT-4") does not
     * stand for a quantity of the original.
     */
    public static Set<String> carriedNumbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Num n : scanBothWays(text)) {
            if (!n.inName()) {
                out.addAll(n.values());
            }
        }
        out.addAll(numberWords(text));
        return out;
    }

    /**
     * The names a translation must carry over. In a text that is mostly in another script every
     * Latin-script run counts; in a Latin-script text (French, German...) only runs that look like
     * names: with a digit or at least two capitals ({@code BERT}, {@code ImageNet}, {@code GPT-4}).
     * A run that is one number in scientific notation ({@code 1e-4}) is a number, compared as one.
     */
    public static Set<String> latinTerms(String text) {
        String t = nfkc(text);
        boolean mostlyLatin = latinShare(t) > 0.5;
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LATIN_RUN.matcher(t);
        while (m.find()) {
            String run = trimTrailing(m.group());
            if (run.isEmpty() || !hasLetter(run) || isOneNumber(run)) {
                continue;
            }
            if (!mostlyLatin || looksLikeName(run)) {
                out.add(run);
            }
        }
        return out;
    }

    static String normalizeNumber(String raw) {
        String n = raw;
        // "1,000,000" is a thousands grouping; "0,5" a decimal comma
        if (COMMA_GROUPED.matcher(n).matches()) {
            n = n.replace(",", "");
        } else {
            n = n.replace(',', '.');
        }
        if (n.chars().filter(c -> c == '.').count() > 1) {
            return n; // a version or section number such as 3.1.2: compared as written
        }
        BigDecimal d = decimal(n);
        return d == null ? n : canonical(d);
    }

    public static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /**
     * The text as the offline engine reads it ({@link TextCleaner}: {@code $15{,}000$} is 15,000,
     * {@code 10^{-4}} is 10^-4, {@code 95\%} is 95%), then NFKC, with what either would blur settled
     * first: thin and no-break spaces grouping thousands become commas (the cleaner makes every space
     * plain), and a full-width comma between clauses a comma and a space.
     */
    private static String prepare(String text) {
        String t = SPACE_GROUPING.matcher(text).replaceAll(",");
        return nfkc(CJK_COMMA.matcher(TextCleaner.clean(t)).replaceAll(", "));
    }

    /** As {@link #prepare}, without reading LaTeX: the digits as the text writes them. */
    private static String prepareAsWritten(String text) {
        String t = SPACE_GROUPING.matcher(text).replaceAll(",");
        return nfkc(CJK_COMMA.matcher(t).replaceAll(", "));
    }

    private static Set<String> numberWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            String n = NumberWords.value(w.group());
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean inName(String t, int start) {
        if (start == 0) {
            return false;
        }
        char before = t.charAt(start - 1);
        if (isLatinLetter(before)) {
            return true;
        }
        return "-_/.".indexOf(before) >= 0 && start >= 2 && isLatinLetter(t.charAt(start - 2));
    }

    private static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static boolean isOneNumber(String run) {
        Matcher m = NUMBER_FORM.matcher(run);
        return m.matches() && m.group(7) == null;
    }

    private static BigDecimal scientific(String mantissa, String sign, String exponent) {
        BigDecimal m = decimal(mantissa);
        if (m == null) {
            return null;
        }
        int e = Integer.parseInt(exponent);
        return m.scaleByPowerOfTen(sign.equals("-") || sign.equals("−") ? -e : e);
    }

    private static BigDecimal decimal(String n) {
        try {
            return new BigDecimal(n);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String canonical(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        int magnitude = s.precision() - s.scale(); // digits before the point
        if (s.signum() == 0) {
            return "0";
        }
        return magnitude > MAX_PLAIN_EXPONENT || magnitude < -MAX_PLAIN_EXPONENT ? s.toString() : s.toPlainString();
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
