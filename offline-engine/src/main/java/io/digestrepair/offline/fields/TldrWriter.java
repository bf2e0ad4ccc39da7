package io.digestrepair.offline.fields;

import io.digestrepair.core.text.SentenceBreaks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a TL;DR of one sentence of the abstract by deletion: the framing ("In this paper,
 * we propose") goes, "X, which does Y" becomes "X does Y", and a sentence over the word limit is
 * cut at a clause boundary. No word is added but the "is" that joins a name to its appositive ("X, a
 * framework" -> "X is a framework"), so the TL;DR stays faithful and a complete sentence.
 */
public final class TldrWriter {

    /** The TL;DR's length limit in words. */
    public static final int MAX_WORDS = 40;
    /** A cut shorter than this says too little; cut later or harder instead. */
    private static final int MIN_WORDS = 8;

    /** Openings that frame rather than say: removed, repeatedly. */
    private static final Pattern FRAME = Pattern.compile(
            "^(?:(?:in|within|through) (?:this|the present|our) (?:paper|work|study|article|letter|thesis|report|manuscript)"
                    + "|here|to (?:this|that) end|to [a-z-]+ (?:this|these|that|those|such|the|both|it|them)(?: [\\w-]+){0,4}?|therefore|thus|hence|accordingly|consequently|specifically|motivated by (?:this|these)(?: [\\w-]+){0,3}"
                    + "|inspired by (?:this|these)(?: [\\w-]+){0,3}|in (?:response|light of this|contrast)|as a result|instead|building (?:on|upon)(?: [\\w-]+){1,4}"
                    + "|to (?:this|that) effect|in particular|first|finally)\\s*,\\s*",
            Pattern.CASE_INSENSITIVE);
    /** "In this paper we propose" without the comma. */
    private static final Pattern FRAME_NO_COMMA = Pattern.compile(
            "^(?:in|within) (?:this|the present|our) (?:paper|work|study|article|letter|thesis)\\s+(?=we\\b)",
            Pattern.CASE_INSENSITIVE);
    /** The author as subject of a verb of presenting: the object is what the TL;DR is about. */
    private static final Pattern PRESENTING = Pattern.compile(
            "^(?:we|this (?:paper|work|study|article|letter|thesis)|the present (?:paper|work|study)|our (?:paper|work))"
                    + " (?:first |then |further |also |hereby |therefore )?"
                    + "(?:propose|present|introduce|develop|design|describe|put forward|devise|contribute|offer|build|release|unveil)s?"
                    + " (?:here )?",
            Pattern.CASE_INSENSITIVE);
    /** The first ", which" after the name of what is presented. */
    private static final Pattern WHICH = Pattern.compile(", which (?!is\\b|are\\b|was\\b|were\\b|in turn\\b)");

    /** Places where a clause ends, in order of preference when a sentence must be cut. */
    private static final List<Pattern> CLAUSE_BREAKS = List.of(
            Pattern.compile("; "), Pattern.compile(" (?:--|—|–) "), Pattern.compile(", (?:which|while|whereas|where|thereby|thus|and thus|allowing|enabling|achieving|yielding|resulting|leading|making|so that)\\b"),
            Pattern.compile(", (?:and|but|by|through|via|using|with|without|based on|as well as)\\b"), Pattern.compile(": "),
            Pattern.compile(" \\((?![^)]*\\)\\s*$)"), Pattern.compile(", "));

    /** Words a cut must not end on. */
    private static final Set<String> DANGLING = Set.of(
            "a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "with", "from", "and", "or", "but", "as",
            "that", "which", "while", "into", "onto", "via", "its", "their", "our", "this", "these", "than", "is",
            "are", "was", "were", "be", "both", "each", "such", "over", "under", "between", "across", "using", "we");

    private TldrWriter() {
    }

    /**
     * The TL;DR made from {@code sentence}: at most {@link #MAX_WORDS} words, ending with a full stop, and a
     * complete sentence ({@link SentenceShape}) whenever the sentence is one: "We propose X, a framework for Y"
     * becomes "X is a framework for Y" (the one word ever added), else stays "We propose X, ..." rather than
     * the bare noun phrase "X, a framework for Y".
     */
    public static String write(String sentence) {
        String s = sentence.strip();
        for (int i = 0; i < 4; i++) {
            String before = s;
            s = FRAME.matcher(s).replaceFirst("");
            s = FRAME_NO_COMMA.matcher(s).replaceFirst("");
            if (s.equals(before)) {
                break;
            }
        }
        Matcher presenting = PRESENTING.matcher(s);
        if (presenting.find() && s.length() - presenting.end() > 20) {
            String object = s.substring(presenting.end());
            Matcher which = WHICH.matcher(object);
            if (which.find() && wordsBefore(object, which.start()) <= 12) {
                object = object.substring(0, which.start()) + " " + object.substring(which.end());
            }
            object = capitalise(object);
            if (SentenceShape.isComplete(object)) {
                s = object;
            } else {
                String named = namedAsCopula(object);
                if (named != null && SentenceShape.isComplete(named)) {
                    s = named;
                }
                // else "We propose X ..." itself: a sentence, where X alone is none
            }
        }
        s = capitalise(s);
        // one sentence as a reader counts them, whatever the splitter made of the abstract's markup
        int second = secondSentence(s);
        if (second > 0) {
            s = s.substring(0, second).strip();
        }
        if (SentenceCues.words(s) > MAX_WORDS) {
            s = cut(s);
        }
        return endSentence(s);
    }

    /**
     * Where a second sentence starts in {@code text}, or -1, as the summarizer's check counts sentences
     * (digest-core's {@link SentenceBreaks}: "f(x). In particular" is two, "et al. We" one), which a TL;DR must
     * pass as one sentence.
     */
    static int secondSentence(String text) {
        return SentenceBreaks.firstEnd(text);
    }

    /** "X, a framework for Y" or "X: a framework for Y" with a name X of a few words. */
    private static final Pattern APPOSITIVE = Pattern.compile("^([^,:;()]{1,80}?)\\s*[,:] (an?|the|one) ");

    /** "X, a framework for Y" as "X is a framework for Y"; null when the text is not a name and its appositive. */
    static String namedAsCopula(String text) {
        Matcher m = APPOSITIVE.matcher(text);
        if (!m.find() || SentenceCues.words(m.group(1)) > 8 || m.group(1).contains(" and ")) {
            return null;
        }
        return m.group(1) + " is " + text.substring(m.start(2));
    }

    /** An ellipsis closing a text: a sentence the abstract itself breaks off. */
    private static final Pattern TRAILING_ELLIPSIS = Pattern.compile("\\s*(?:\\.{3,}|…)+$");

    /**
     * {@code s} cut at a clause boundary to at most {@code maxWords} words, ended like a sentence; null when no
     * boundary leaves a complete sentence of {@link #MIN_WORDS} words or more.
     */
    static String shortened(String s, int maxWords) {
        String c = cut(s, maxWords, true, CLAUSE_BREAKS.subList(0, 4));
        if (c == null) {
            return null;
        }
        c = endSentence(c);
        return SentenceCues.words(c) <= maxWords && SentenceShape.isComplete(c) ? c : null;
    }

    private static String cut(String s) {
        return cut(s, MAX_WORDS, false, CLAUSE_BREAKS);
    }

    private static String cut(String s, int maxWords, boolean atBoundaryOnly, List<Pattern> breaks) {
        int limit = charIndexAfterWords(s, maxWords);
        for (Pattern p : breaks) {
            int best = -1;
            Matcher m = p.matcher(s);
            while (m.find() && m.start() <= limit) {
                if (wordsBefore(s, m.start()) >= MIN_WORDS) {
                    best = m.start();
                }
            }
            if (best > 0) {
                return trimDangling(s.substring(0, best), MIN_WORDS);
            }
        }
        return atBoundaryOnly ? null : trimDangling(s.substring(0, limit), MIN_WORDS);
    }

    /** Drops trailing function words and punctuation a cut leaves hanging, keeping at least {@code floor} words. */
    private static String trimDangling(String s, int floor) {
        List<String> words = new ArrayList<>(List.of(s.strip().split("\\s+")));
        while (words.size() > floor) {
            String last = words.getLast().replaceAll("[,;:(\\[\"'“‘-]+$", "");
            if (last.isEmpty() || DANGLING.contains(last.toLowerCase(Locale.ROOT))) {
                words.removeLast();
            } else {
                words.set(words.size() - 1, last);
                break;
            }
        }
        return String.join(" ", words);
    }

    private static int wordsBefore(String s, int end) {
        return SentenceCues.words(s.substring(0, end));
    }

    /** The index just after the {@code count}-th word, or the length when there are fewer. */
    private static int charIndexAfterWords(String s, int count) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (space && inWord && ++words == count) {
                return i;
            }
            inWord = !space;
        }
        return s.length();
    }

    /** Upper-cases an all-lowercase first word ("a novel ..."); leaves names such as "mHC" or "iOS" alone. */
    private static String capitalise(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        for (int i = 0; i < end; i++) {
            if (!Character.isLowerCase(s.charAt(i))) {
                return s;
            }
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Ends the TL;DR like a sentence, as the summarizer's check for truncated text expects: no ellipsis,
     * no dangling punctuation or function word (whatever the cut left, even below {@link #MIN_WORDS}), a
     * full stop.
     */
    private static String endSentence(String s) {
        String t = s.strip();
        for (String before = null; !t.equals(before) && !t.isEmpty(); ) {
            before = t;
            t = TRAILING_ELLIPSIS.matcher(t).replaceFirst("");
            if (endsClosed(t)) {
                return t;
            }
            while (!t.isEmpty() && (t.endsWith(",") || t.endsWith(";") || t.endsWith(":"))) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (!t.isEmpty()) {
                t = trimDangling(t, 1);
            }
        }
        return t.isEmpty() ? t : t + ".";
    }

    /** Ends with a full stop, a question or exclamation mark, or one of them inside a closing bracket or quote. */
    private static boolean endsClosed(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == '!' || last == '?') {
            return true;
        }
        return (last == ')' || last == '"' || last == '”') && t.length() > 1 && ".!?".indexOf(t.charAt(t.length() - 2)) >= 0;
    }
}
