package io.digestrepair.offline.fields;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a sentence of the abstract that states the figures a field's original stated, for a TL;DR or a
 * field to join ({@link TldrComposer}, {@link FieldComposer}): without its reporting frame ("Experiments on five
 * benchmarks show that"), an opening setting that states none of them ("On ImageNet, ") and the clauses after
 * the last of them; when nothing of that kind can go, without its asides in brackets that state none of them,
 * and ending at the first comma or circumstance ("with", "on", "across" ...) after the last one. A phrase leaves
 * out at least {@link #MIN_LEFT_OUT} words of its sentence or is the whole of it (then its composer refuses
 * it). Values as {@link FieldFacts} reads them. Stateless.
 */
final class FigurePhrase {

    /** A phrase shorter than its sentence by fewer words is the sentence: it is shortened around its figures. */
    static final int MIN_LEFT_OUT = 2;

    /** The reporting frame before a finding: what goes when the finding alone is wanted. */
    private static final Pattern REPORTING = Pattern.compile(
            "^(?:[^;:]{0,160}?)\\b(?:show|shows|showed|shown|demonstrate|demonstrates|demonstrated|reveal|reveals|revealed"
                    + "|indicate|indicates|indicated|confirm|confirms|confirmed|verify|verifies|verified|suggest|suggests"
                    + "|find|finds|found|observe|observed|illustrate|illustrates|highlight|highlights)"
                    + "(?: empirically| experimentally| consistently| clearly)? that ",
            Pattern.CASE_INSENSITIVE);

    /** An opening phrase that sets where a result holds ("On ImageNet, ", "Compared with X, "), when it states no figure. */
    private static final Pattern SETTING = Pattern.compile(
            "^(?:On|In|Across|Compared (?:with|to)|For|With|Under|Using|Through|When|After|Overall|Empirically|Experimentally"
                    + "|Evaluated|Tested|Validated|Applied|Trained|Benchmarked"
                    + "|Notably|Specifically|Moreover|Furthermore|Additionally|In addition|As a result|Finally)\\b[^,;]{0,100}, ");

    /** Where a clause after the last needed figure begins: the phrase ends there. */
    private static final Pattern CLAUSE_AFTER = Pattern.compile(
            ", (?:which|while|whereas|where|thereby|thus|and thus|demonstrating|highlighting|showing|suggesting|indicating"
                    + "|establishing|underscoring|confirming|validating|making|paving|offering|providing|setting|maintaining|preserving"
                    + "|retaining|while maintaining|while preserving|while using|while requiring)\\b|; | (?:--|—|–) ");

    /** A participle that reports the figures inside a sentence with no frame to drop: "..., achieving 80.4% ...". */
    private static final Pattern INNER_PARTICIPLE = Pattern.compile(
            "(?:,| by) (?=(?:achieving|improving|reducing|yielding|outperforming|reaching|attaining|surpassing|delivering"
                    + "|obtaining|boosting|increasing|lowering|cutting|raising|exceeding)\\b)");

    /** The fewest words of a phrase worth adding. */
    private static final int MIN_PHRASE_WORDS = 4;

    /**
     * The part of {@code sentence} that states the wanted figures: without its reporting frame or an opening
     * setting that states none of them, and without the clauses after the last of them. Null when it states none.
     */
    static String of(String sentence, Set<String> wanted) {
        String s = TldrComposer.withoutStop(sentence.strip());
        if (!states(s, wanted)) {
            return null;
        }
        Matcher frame = REPORTING.matcher(s);
        if (frame.find() && states(s.substring(frame.end()), wanted) && !states(s.substring(0, frame.end()), wanted)) {
            s = s.substring(frame.end());
        }
        Matcher setting = SETTING.matcher(s);
        if (setting.find() && !states(s.substring(0, setting.end()), wanted)) {
            s = s.substring(setting.end());
        }
        if (s.length() == TldrComposer.withoutStop(sentence.strip()).length()) {
            // nothing to drop before the figures: from the participle that reports them, if one does
            Matcher inner = INNER_PARTICIPLE.matcher(s);
            while (inner.find()) {
                if (!states(s.substring(0, inner.start()), wanted)) {
                    s = s.substring(inner.end());
                    break;
                }
            }
        }
        // the clauses after the last wanted figure go
        int last = lastFigure(s, wanted);
        Matcher after = CLAUSE_AFTER.matcher(s);
        while (after.find()) {
            if (after.start() >= last) {
                s = s.substring(0, after.start());
                break;
            }
        }
        s = s.strip().replaceAll("[,;:]+$", "");
        int whole = SentenceCues.words(TldrComposer.withoutStop(sentence.strip()));
        if (SentenceCues.words(s) > whole - MIN_LEFT_OUT) {
            s = shortenedAround(s, wanted).replaceAll("[,;:]+$", "");
        }
        return SentenceCues.words(s) >= MIN_PHRASE_WORDS ? s : null;
    }

    /** A change whose object a preposition names next: "a 17% increase [in accuracy]". */
    private static final Pattern CHANGE_BEFORE = Pattern.compile(
            "\\b(?:increase|increases|improvement|improvements|gain|gains|reduction|reductions|drop|drops|decrease|decreases"
                    + "|boost|rise|speedup|acceleration|advantage|margin|lead|rate|share|fraction|percentage)$");

    private static boolean insideBrackets(String t, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = t.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
        }
        return depth > 0;
    }

    /**
     * The wanted figures a sentence states after its reporting frame ("Analyzing 1.8M texts, we find that 8-18%
     * ...") or, without one, after its opening phrase (up to the first comma): those a clause of it can carry.
     */
    static Set<String> mainClauseFigures(String sentence, Set<String> wanted) {
        String s = TldrComposer.withoutStop(sentence.strip());
        Matcher frame = REPORTING.matcher(s);
        int from = frame.find() ? frame.end() : s.indexOf(", ") + 1;
        if (from <= 0) {
            return Set.of();
        }
        Set<String> fewer = new HashSet<>(FieldFacts.ofSentence(s.substring(from)).numbers());
        fewer.retainAll(wanted);
        return fewer;
    }

    /** A comma, or a word that adds a circumstance, after which a phrase can end once it has stated its figures. */
    private static final Pattern LOOSE_END = Pattern.compile(", | (?:while|with|without|thanks to|compared (?:with|to)|across|using|despite|over|than"
            + "|on|in|for|by|under|at|via|through|within|when|where|as|among|against|beyond|relative to) ");
    private static final Pattern ASIDE = Pattern.compile(" ?\\([^()]*\\)| ?\\[[^\\[\\]]*\\]");

    /**
     * A phrase that is still its whole sentence, made shorter without losing a wanted figure: its asides in
     * brackets that state none go, then what follows the first comma or circumstance ("with", "while",
     * "across" ...) after its last wanted figure, when what is left is still a clause.
     */
    private static String shortenedAround(String s, Set<String> wanted) {
        StringBuilder out = new StringBuilder();
        Matcher aside = ASIDE.matcher(s);
        int from = 0;
        while (aside.find()) {
            if (!states(aside.group(), wanted)) {
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
                if (SentenceCues.words(cut) >= MIN_PHRASE_WORDS && (SentenceShape.isComplete(cut) || TldrComposer.opensParticiple(cut))) {
                    return cut;
                }
                // "Results on 9 datasets [across ...]" is no clause yet: a later end may give one
            }
        }
        return t;
    }

    static boolean states(String text, Set<String> wanted) {
        return stated(text, wanted) > 0;
    }

    /** The end of the shortest prefix of {@code s} that states every wanted figure {@code s} states. */
    private static int lastFigure(String s, Set<String> wanted) {
        int need = stated(s, wanted);
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
            if (stated(s.substring(0, ends.get(mid)), wanted) >= need) {
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

    /** How many of {@code wanted} a text states. */
    static int stated(String text, Set<String> wanted) {
        int count = 0;
        for (String v : FieldFacts.ofSentence(text).numbers()) {
            count += wanted.contains(v) ? 1 : 0;
        }
        return count;
    }

    private FigurePhrase() {
    }
}
