package io.digestrepair.offline.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits an arXiv abstract into sentences. Made for what abstracts contain: abbreviations
 * (e.g., i.e., et al., Fig., Eq., vs., cf.), decimals and versions, URLs, inline LaTeX,
 * hard-wrapped lines, enumerations "(i) ... (ii) ...", and sentences closed by a quote or a
 * parenthesis. Stateless and thread-safe.
 */
public final class SentenceSplitter {

    /** Never end a sentence: followed by more of the same sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "cf", "vs", "viz", "fig", "figs", "eq", "eqs", "eqn", "eqns", "sec", "secs", "ref",
            "refs", "tab", "tbl", "approx", "resp", "nos", "vol", "pp", "dr", "prof", "mr", "mrs", "ms",
            "st", "jr", "ch", "chap", "appx", "thm", "lem", "prop", "cor", "esp", "incl", "w.r.t", "a.k.a", "wrt",
            "dept", "univ", "sect", "ibid");

    /** End a sentence only when the next word usually starts one ("... et al. We show ..."). */
    private static final Set<String> AMBIGUOUS = Set.of(
            "al", "etc", "no", "i.i.d", "inc", "ltd", "co", "corp", "u.s", "u.k", "e.u", "u.s.a", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Words that open sentences, so a preceding ambiguous abbreviation or initial ends one. */
    private static final Set<String> STARTERS = Set.of(
            "We", "Our", "This", "These", "That", "Those", "The", "In", "However", "To", "It", "Here", "Finally",
            "Moreover", "Furthermore", "Experiments", "Experimental", "Extensive", "Results", "Additionally",
            "Thus", "Therefore", "Hence", "Overall", "Specifically", "First", "Second", "Third", "Then", "Next",
            "Based", "Using", "By", "As", "Such", "Unlike", "While", "Although", "Despite", "A", "An", "On", "For",
            "With", "Existing", "Recent", "Code", "They", "Its", "Their", "Importantly",
            "Consequently", "Meanwhile", "Instead", "Yet", "But", "Building", "Through", "Compared", "Across");

    /** A structured abstract's heading ("Objective: ...", "Results: ..."): a label, not part of the sentence. */
    private static final Pattern SECTION_LABEL = Pattern.compile(
            "^(?:Background|Objectives?|Purpose|Aims?|Goals?|Motivation|Context|Problem|Methods?|Methodology|Design|"
                    + "Approach|Materials and [Mm]ethods|Results?|Findings|Evaluation|Conclusions?|Significance|"
                    + "Implications?|Contributions?|Discussion|Limitations?)\\s*:\\s+(?=\\S)");

    /** Longest inline formula or brace group taken as one; longer means the "$" or "{" was not markup. */
    private static final int MAX_GROUP = 300;

    /**
     * Commands whose argument is running text ({@code \emph{Does it work?}}): their braces do not hide a
     * sentence boundary, unlike those of math, references or links.
     */
    private static final Set<String> TEXT_COMMANDS = Set.of(
            "emph", "textit", "textbf", "textsc", "textsl", "textsf", "textrm", "texttt", "textup", "textnormal",
            "underline", "uline");

    /** A dash that separates two texts ("... inyección. -- Recent ..."): not part of the sentence after it. */
    private static final Pattern LEADING_DASH = Pattern.compile("^(?:--|—|–)\\s+");

    /**
     * A text this long without a comma, semicolon or colon has lost its punctuation (some digests strip
     * it); its sentences are told apart by the words that open sentences.
     */
    private static final int RUN_ON_WORDS = 60;
    /** A comma, semicolon or colon of prose, followed by a space (not the colon of "https://"). */
    private static final Pattern PROSE_PUNCTUATION = Pattern.compile("[,;:](?:\\s|$)");

    public SentenceSplitter() {
    }

    /** The abstract's sentences, each cleaned by {@link TextCleaner}; never an empty sentence. */
    public List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return sentences;
        }
        for (String paragraph : Whitespace.unwrap(text).split(Whitespace.PARAGRAPH)) {
            for (String raw : splitParagraph(paragraph)) {
                String clean = TextCleaner.clean(raw);
                clean = SECTION_LABEL.matcher(LEADING_DASH.matcher(clean).replaceFirst("")).replaceFirst("");
                for (String sentence : splitRunOn(clean)) {
                    if (hasWordCharacter(sentence)) {
                        sentences.add(sentence);
                    }
                }
            }
        }
        return sentences;
    }

    /**
     * A run-on text without punctuation ("... these issues effectively We propose Tri MARF a novel
     * framework ...") split before each word that opens sentences, where it follows a lowercase word.
     * Any other sentence is returned whole.
     */
    static List<String> splitRunOn(String sentence) {
        if (PROSE_PUNCTUATION.matcher(sentence).find()) {
            return List.of(sentence);
        }
        String[] words = sentence.split(" ");
        if (words.length <= RUN_ON_WORDS) {
            return List.of(sentence);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < words.length; i++) {
            String before = words[i - 1];
            boolean afterLowercase = !before.isEmpty() && Character.isLowerCase(before.charAt(before.length() - 1));
            if (afterLowercase && STARTERS.contains(words[i]) && i - start >= 3) {
                out.add(String.join(" ", Arrays.copyOfRange(words, start, i)));
                start = i;
            }
        }
        out.add(String.join(" ", Arrays.copyOfRange(words, start, words.length)));
        return out;
    }

    /** Raw segments of one paragraph (markup still in), split at sentence boundaries. */
    List<String> splitParagraph(String p) {
        List<String> out = new ArrayList<>();
        int n = p.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            // no boundary inside inline math or a brace group; a stray "$" or "{" is just a character
            if (c == '\\' && i + 1 < n && p.charAt(i + 1) == '(' || c == '$') {
                boolean paren = c == '\\';
                int close = skipTo(p, i, paren ? "\\)" : "$");
                // "... associated to $f(x).$ In particular, ...": the formula's full stop ends the sentence
                int next = close > i ? afterSpaces(p, close + 1) : -1;
                if (next > close + 1 && next < n && endsWithTerminator(p, close - (paren ? 2 : 1)) && startsSentence(p, next)) {
                    out.add(p.substring(start, close + 1));
                    start = next;
                    i = next - 1;
                } else {
                    i = close;
                }
                continue;
            }
            if (c == '\\' && i + 1 < n) {
                i++;
                continue;
            }
            if (c == '{') {
                if (!textGroup(p, i)) {
                    i = skipGroup(p, i);
                }
                continue;
            }
            if (c != '.' && c != '?' && c != '!' && c != '…') {
                continue;
            }
            int end = endOfTerminator(p, i);
            int next = end;
            while (next < n && p.charAt(next) == ' ') {
                next++;
            }
            boolean spaced = next > end;
            if (next >= n) {
                break;
            }
            if (isBoundary(p, i, end, next, spaced)) {
                out.add(p.substring(start, end));
                start = next;
            }
            i = end - 1;
        }
        if (start < n) {
            out.add(p.substring(start));
        }
        return out;
    }

    private static int afterSpaces(String p, int from) {
        int k = from;
        while (k < p.length() && p.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    /** A full stop, question or exclamation mark at {@code i}, inside a formula just before its closing delimiter. */
    private static boolean endsWithTerminator(String p, int i) {
        return i > 0 && (p.charAt(i) == '.' || p.charAt(i) == '?' || p.charAt(i) == '!');
    }

    /** The last index of {@code close} after {@code open} when it is near enough to be its partner, else {@code open}. */
    private static int skipTo(String p, int open, String close) {
        int from = open + (close.length() == 1 ? 1 : 2);
        int end = p.indexOf(close, from);
        while (end > 0 && close.length() == 1 && p.charAt(end - 1) == '\\') {
            end = p.indexOf(close, end + 1);
        }
        return end >= 0 && end - open <= MAX_GROUP ? end + close.length() - 1 : open;
    }

    /**
     * A brace group of running text, whose sentences end inside it ({@code \emph{... output?} We ...},
     * {@code {Unfortunately, ... dynamics.} To ...}): the argument of a text command, or a bare group
     * opening a word. Math, reference and link arguments stay whole.
     */
    private static boolean textGroup(String p, int open) {
        if (open == 0) {
            return true;
        }
        char before = p.charAt(open - 1);
        if (Character.isWhitespace(before) || before == '(' || before == '[' || before == '"' || before == '“') {
            return true;
        }
        int k = open;
        while (k > 0 && Character.isLetter(p.charAt(k - 1))) {
            k--;
        }
        return k > 0 && k < open && p.charAt(k - 1) == '\\' && TEXT_COMMANDS.contains(p.substring(k, open));
    }

    private static int skipGroup(String p, int open) {
        int close = Braces.closing(p, open, MAX_GROUP);
        return close < 0 ? open : close;
    }

    /** After the terminator run at {@code i} ("." "?!" "...") and any closing quotes or brackets. */
    private static int endOfTerminator(String p, int i) {
        int n = p.length();
        int j = i;
        while (j < n && (p.charAt(j) == '.' || p.charAt(j) == '?' || p.charAt(j) == '!' || p.charAt(j) == '…')) {
            j++;
        }
        while (j < n && isCloser(p.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isCloser(char c) {
        return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == '”' || c == '’' || c == '»';
    }

    private boolean isBoundary(String p, int terminator, int end, int next, boolean spaced) {
        char t = p.charAt(terminator);
        boolean closedAfter = end > terminator + 1 && isCloser(p.charAt(end - 1));
        if (!spaced) {
            // "word.The" written without a space: only for a plain lowercase word and a capitalised word
            return t == '.' && !closedAfter && end == terminator + 1 && glued(p, terminator, next);
        }
        if (!startsSentence(p, next)) {
            return false;
        }
        if (t != '.' || closedAfter || p.charAt(end - 1) != '.') {
            return true; // "?" "!" and ".)" or '."' end a sentence whatever the word before
        }
        String word = wordBefore(p, terminator);
        if (word.isEmpty()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return false;
        }
        if (AMBIGUOUS.contains(lower) || isInitial(word) || isDottedAbbreviation(word)) {
            return STARTERS.contains(nextWord(p, next));
        }
        return true;
    }

    /** The token before the terminator, without opening brackets or quotes. */
    private static String wordBefore(String p, int terminator) {
        int k = terminator;
        while (k > 0 && !Character.isWhitespace(p.charAt(k - 1))) {
            k--;
        }
        while (k < terminator && "([{\"'“‘~".indexOf(p.charAt(k)) >= 0) {
            k++;
        }
        return p.substring(k, terminator);
    }

    private static String nextWord(String p, int from) {
        int k = from;
        while (k < p.length() && Character.isLetter(p.charAt(k))) {
            k++;
        }
        return p.substring(from, k);
    }

    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /** "U.S", "e.g", "i.i.d": single letters joined by dots. */
    private static boolean isDottedAbbreviation(String word) {
        if (word.length() < 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            boolean letterSlot = i % 2 == 0;
            char c = word.charAt(i);
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    /** Whether a sentence can start at {@code i}: a capital, a digit, markup, or an enumeration marker. */
    private static boolean startsSentence(String p, int i) {
        char c = p.charAt(i);
        if (Character.isUpperCase(c) || Character.isDigit(c) || c == '$' || c == '\\') {
            return true;
        }
        int dash = p.startsWith("-- ", i) ? 2 : (c == '—' || c == '–') && p.startsWith(" ", i + 1) ? 1 : 0;
        if (dash > 0) {
            // a dash between two texts, such as an abstract and its translation
            int k = i + dash;
            while (k < p.length() && p.charAt(k) == ' ') {
                k++;
            }
            return k < p.length() && (Character.isUpperCase(p.charAt(k)) || Character.isDigit(p.charAt(k)));
        }
        if (c == '(' || c == '[' || c == '{' || c == '"' || c == '“' || c == '\'' || c == '‘' || c == '*') {
            if (i + 1 >= p.length()) {
                return false;
            }
            char d = p.charAt(i + 1);
            return Character.isUpperCase(d) || Character.isDigit(d) || d == '$' || d == '\\'
                    || enumerationMarker(p, i + 1);
        }
        if (Character.isLowerCase(c)) {
            // "(ii) ..." without its parenthesis, or a name like "mHC", "iOS", "word2vec" opening a sentence
            return enumerationMarker(p, i) || mixedCaseName(p, i);
        }
        return false;
    }

    /** "i)", "iv)", "a)" at {@code i}. */
    private static boolean enumerationMarker(String p, int i) {
        int k = i;
        while (k < p.length() && k - i < 4 && "ivx".indexOf(p.charAt(k)) >= 0) {
            k++;
        }
        if (k == i && k < p.length() && Character.isLowerCase(p.charAt(k))) {
            k++;
        }
        return k > i && k < p.length() && p.charAt(k) == ')';
    }

    private static boolean mixedCaseName(String p, int i) {
        for (int k = i + 1; k < p.length() && !Character.isWhitespace(p.charAt(k)); k++) {
            char c = p.charAt(k);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
            if (!Character.isLetter(c)) {
                return false;
            }
        }
        return false;
    }

    /** "... the model.The results ..." : a lowercase word, a period, then a capitalised lowercase word. */
    private static boolean glued(String p, int dot, int next) {
        if (next + 1 >= p.length() || !Character.isUpperCase(p.charAt(next)) || !Character.isLowerCase(p.charAt(next + 1))) {
            return false;
        }
        int k = dot;
        while (k > 0 && !Character.isWhitespace(p.charAt(k - 1))) {
            k--;
        }
        if (dot - k < 2) {
            return false;
        }
        for (int j = k; j < dot; j++) {
            if (!Character.isLowerCase(p.charAt(j))) {
                return false; // URLs, e-mail addresses, file names, "e.g"
            }
        }
        return !ABBREVIATIONS.contains(p.substring(k, dot)) && !AMBIGUOUS.contains(p.substring(k, dot));
    }

    private static boolean hasWordCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
