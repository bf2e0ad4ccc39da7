package io.digestrepair.offline.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a figure's phrase may end ({@link FigurePhrase}): after its last wanted figure, at the first comma or
 * circumstance ("with", "on", "across" ...), a second verb phrase or a noun phrase of its own, when what is left
 * is still a clause; never inside brackets, inside one noun phrase, before the measure of a paired figure or on a
 * word that waits for more. Stateless.
 */
final class FigureEnd {

    /** A figure after "and" that ends the text: its measure, like its partner's, comes next. */
    private static final Pattern PAIRED_FIGURE = Pattern.compile("\\band [+-]?\\d[\\d.,]*\\s?(?:%|x|×|pp|points?)?$");
    /** A preposition that may open what a figure measures: "5.4% [in F1]", "[on ImageNet]". */
    private static final Pattern MEASURE_NEXT = Pattern.compile(" (?:in|on|for|at|of|across|over|under|with) ");
    /** A last word that waits for what follows: a participle, a preposition, an article. */
    private static final Pattern DANGLING = Pattern.compile(
            "\\b(?:spanning|including|covering|comprising|containing|involving|using|featuring|ranging|achieving|reaching|yielding"
                    + "|requiring|leading|resulting|following|according|regarding|of|the|a|an|and|or|with|to|for|in|on|by|from|between"
                    + "|such|as|than|into|over|via|per|at|its|their)$");

    /** A change whose object a preposition names next: "a 17% increase [in accuracy]". */
    private static final Pattern CHANGE_BEFORE = Pattern.compile(
            "\\b(?:increase|increases|improvement|improvements|gain|gains|reduction|reductions|drop|drops|decrease|decreases"
                    + "|boost|rise|speedup|acceleration|advantage|margin|lead|rate|share|fraction|percentage)$");

    /** Whether {@code at} lies inside brackets of {@code t}. */
    static boolean insideBrackets(String t, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = t.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
        }
        return depth > 0;
    }

    /** A comma, or a word that adds a circumstance, after which a phrase can end once it has stated its figures. */
    private static final Pattern LOOSE_END = Pattern.compile(", |: | (?:while|with|without|thanks to|compared (?:with|to)|across|using|despite|over|than"
            + "|on|in|for|by|under|at|via|through|within|when|where|as|among|against|beyond|relative to|and|from|including|such as|namely|after|before|during|toward|towards) ");
    private static final Pattern ASIDE = Pattern.compile(" ?\\([^()]*\\)| ?\\[[^\\[\\]]*\\]");

    /**
     * A phrase that is still its whole sentence, made shorter without losing a wanted figure: its asides in
     * brackets that state none go, then what follows the first comma or circumstance ("with", "while",
     * "across" ...) after its last wanted figure, when what is left is still a clause.
     */
    static String shortened(String s, Set<String> wanted) {
        StringBuilder out = new StringBuilder();
        Matcher aside = ASIDE.matcher(s);
        int from = 0;
        while (aside.find()) {
            if (!FigurePhrase.states(aside.group(), wanted)) {
                out.append(s, from, aside.start());
                from = aside.end();
            }
        }
        String t = out.append(s.substring(from)).toString().strip();
        int last = lastFigure(t, wanted);
        Matcher end = LOOSE_END.matcher(t);
        while (end.find()) {
            if (end.start() >= last && (insideBrackets(t, end.start()) || t.charAt(end.start() - 1) == '-')) {
                // "3 high-, 3 medium-, and 12 low-resource languages": one phrase
                continue;
            }
            if (end.start() >= last && end.group().equals(" and ") && !opensNewPart(t.substring(end.end()))) {
                continue; // "crop and weed species" is one phrase; "... to other dialects and identifies ..." two
            }
            if (end.start() >= last) {
                String cut = t.substring(0, end.start()).strip();
                if (t.substring(last, end.start()).contains(":")) {
                    break; // a list after a colon: its first item is not the list
                }
                if (CHANGE_BEFORE.matcher(cut).find() && !end.group().startsWith(",")) {
                    continue; // "a 17% increase" says nothing without what increased: "in accuracy"
                }
                int that = cut.lastIndexOf(" that ");
                if (that >= 0 && !SentenceShape.isComplete(cut.substring(that + 6))) {
                    continue; // "... shows that prompting" has not said what yet
                }
                if (PAIRED_FIGURE.matcher(cut).find() && MEASURE_NEXT.matcher(end.group()).matches() || DANGLING.matcher(cut).find()) {
                    continue; // "4.7% in accuracy and 5.4% [in F1]": the second figure's measure follows; "pairs spanning"
                }
                if (SentenceCues.words(cut) >= FigurePhrase.MIN_PHRASE_WORDS && (SentenceShape.isComplete(cut) || TldrComposer.opensParticiple(cut))) {
                    return cut;
                }
                // "Results on 9 datasets [across ...]" is no clause yet: a later end may give one
            }
        }
        return t;
    }

    /** Words that open a new part after " and ": a noun phrase of its own ("and 9 scripts") or a verb ("and identifies"). */
    private static final Set<String> PART_START = Set.of("the", "a", "an", "its", "their", "our", "all", "over", "up",
            "more", "less", "nearly", "about", "only", "also", "then", "further", "by", "to", "in", "on", "at", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "many",
            "multiple", "various", "dozens", "hundreds", "thousands");

    private static boolean opensNewPart(String rest) {
        if (rest.isEmpty()) {
            return false;
        }
        String w = firstWord(rest);
        // a plural opens a noun phrase of its own ("25 languages and benchmarks"); a singular may be a modifier
        // of what follows ("crop and weed species")
        boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && w.equals(w.toLowerCase(java.util.Locale.ROOT));
        return Character.isDigit(rest.charAt(0)) || PART_START.contains(w) || SentenceShape.isVerb(w) || plural;
    }

    /** The letters {@code s} opens with. */
    static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end);
    }

    /** The end of the shortest prefix of {@code s} that states every wanted figure {@code s} states. */
    static int lastFigure(String s, Set<String> wanted) {
        int need = FigurePhrase.stated(s, wanted);
        // the word ends, then the shortest prefix stating them all, by halving: a prefix states no fewer
        // figures than a shorter one
        List<Integer> ends = new ArrayList<>();
        for (int i = s.indexOf(' ', 1); i >= 0; i = s.indexOf(' ', i + 1)) {
            ends.add(i);
        }
        ends.add(s.length());
        int lo = 0;
        int hi = ends.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (FigurePhrase.stated(s.substring(0, ends.get(mid)), wanted) >= need) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int end = ends.get(lo);
        // the word's own punctuation is not the figure's: ", which ..." after "92.26%," follows it
        while (end > 0 && ",;:".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private FigureEnd() {
    }
}
