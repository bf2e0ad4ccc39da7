package io.digestrepair.offline.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces the fields are made of: the abstract's sentences, with two kinds split at their clauses. A
 * sentence too long to be a field (over {@link #LONG} words: an abstract without sentence punctuation reads
 * as one) is cut into clauses of at most {@link #PIECE} words; and an abstract of fewer sentences than fields
 * (one or two sentences) has its longest sentences split at a clause boundary until there are five pieces or
 * no boundary is left, so that five fields need not repeat one sentence. Only the punctuation at a split
 * goes (the field writer ends each piece with a full stop) and a piece's lower-case first word is capitalised.
 */
public final class SentenceUnits {

    /** A sentence longer than this is no field (see {@link FieldAssembler#MAX_FIELD_WORDS}), so it is cut. */
    static final int LONG = 80;
    /** The longest piece a long sentence is cut into. */
    static final int PIECE = 45;
    /** The fewest words either side of a split of a short abstract's sentence. */
    private static final int MIN_SIDE = 5;
    private static final int FIELDS = 5;

    /** Clause boundaries, best first: the split falls just after the punctuation, or before the word. */
    private static final List<Pattern> BOUNDARIES = List.of(
            Pattern.compile("; "),
            Pattern.compile("(?<=\\S) (?:--|—|–) "),
            Pattern.compile(", (?=(?:and |but |while |whereas |yet |so )?(?:we|it|they|this|these|our|the|its|their)\\b)"),
            Pattern.compile(", (?=(?:while|whereas|but|yet|thereby|and thus|thus)\\b)"),
            Pattern.compile(": "),
            Pattern.compile(", "),
            Pattern.compile(" (?=(?:and|but|while|whereas|which|where|by|through|using|with) )"),
            Pattern.compile(" (?=(?:We|Our|This|These|The|In|To|However|It|Experiments|Results) )"));

    /**
     * Where a sentence without a clause boundary still divides, for an abstract too short to give every field a
     * piece of its own: before a subordinating word, a participle of reporting, or a preposition that opens a
     * phrase ("... is given by the polynomials | of degree one that ...": better two halves than one sentence
     * standing in two fields).
     */
    private static final List<Pattern> PHRASE_BOUNDARIES = List.of(
            Pattern.compile(" (?=(?:when|if|because|since|although|though|unless|whether|so that|in order to|as well as) )"),
            Pattern.compile(" (?=(?:showing|demonstrating|revealing|suggesting|indicating|leading|yielding|achieving|enabling|allowing|including|leveraging|resulting) )"),
            Pattern.compile(" (?=(?:for|on|in|across|between|from|into|over|under|without|via) )"));

    private static final Pattern TRAILING = Pattern.compile("[\\s,;:]+$");

    private SentenceUnits() {
    }

    public static List<String> of(List<String> sentences) {
        List<String> out = new ArrayList<>(sentences.size() + 4);
        for (String s : sentences) {
            if (SentenceCues.words(s) > LONG) {
                cutLong(s, out);
            } else {
                out.add(s);
            }
        }
        if (out.size() >= FIELDS + 4) {
            return out; // enough pieces fit to be fields whatever a few links and notes take
        }
        // a link, a venue line or a cut-off sentence is no field: count the pieces that can be one
        List<Boolean> fit = new ArrayList<>(out.size() + FIELDS);
        int fitCount = 0;
        for (String piece : out) {
            boolean f = SentenceReading.fitToBeField(piece);
            fit.add(f);
            fitCount += f ? 1 : 0;
        }
        while (fitCount > 0 && fitCount < FIELDS) {
            // the longest fit piece that has a clause boundary; failing that, one with a phrase boundary
            String[] halves = null;
            int at = -1;
            for (List<Pattern> kinds : List.of(BOUNDARIES, PHRASE_BOUNDARIES)) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < out.size(); i++) {
                    if (fit.get(i)) {
                        order.add(i);
                    }
                }
                order.sort((a, b) -> Integer.compare(SentenceCues.words(out.get(b)), SentenceCues.words(out.get(a))));
                for (int i : order) {
                    halves = split(out.get(i), MIN_SIDE, true, kinds);
                    if (halves != null) {
                        at = i;
                        break;
                    }
                }
                if (halves != null) {
                    break;
                }
            }
            if (halves == null) {
                break;
            }
            out.set(at, halves[0]);
            out.add(at + 1, halves[1]);
            boolean first = SentenceReading.fitToBeField(halves[0]);
            boolean second = SentenceReading.fitToBeField(halves[1]);
            fit.set(at, first);
            fit.add(at + 1, second);
            fitCount += (first ? 1 : 0) + (second ? 1 : 0) - 1;
        }
        return out;
    }

    /** Cuts a long sentence into pieces of at most {@link #PIECE} words, at the best boundaries. */
    private static void cutLong(String s, List<String> out) {
        if (SentenceCues.words(s) <= PIECE) {
            out.add(s);
            return;
        }
        String[] halves = split(s, 8, false);
        if (halves == null) {
            halves = atWord(s);
        }
        cutLong(halves[0], out);
        cutLong(halves[1], out);
    }

    /**
     * The text split at its best boundary: of the best kind present, the one nearest the middle (for a short
     * abstract's sentence) or the last within {@link #PIECE} words (for a long one). Null when none leaves
     * {@code minSide} words each side.
     */
    static String[] split(String s, int minSide, boolean middle) {
        return split(s, minSide, middle, BOUNDARIES);
    }

    private static String[] split(String s, int minSide, boolean middle, List<Pattern> boundaries) {
        int total = SentenceCues.words(s);
        for (Pattern p : boundaries) {
            Matcher m = p.matcher(s);
            int bestAt = -1;
            int bestEnd = -1;
            double bestDistance = Double.MAX_VALUE;
            while (m.find()) {
                int before = SentenceCues.words(s.substring(0, m.start()));
                if (before < minSide || total - before < minSide) {
                    continue;
                }
                double distance = middle ? Math.abs(before - total / 2.0) : before <= PIECE ? PIECE - before : Double.MAX_VALUE / 2;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    bestAt = m.start();
                    bestEnd = m.end();
                }
            }
            if (bestAt >= 0 && (middle || bestDistance < Double.MAX_VALUE / 2)) {
                String first = TRAILING.matcher(s.substring(0, bestAt)).replaceFirst("");
                String second = s.substring(bestEnd).strip();
                if (!first.isEmpty() && !second.isEmpty()) {
                    return new String[] {first, capitalised(second)};
                }
            }
        }
        return null;
    }

    /** A text with no boundary at all: cut after {@link #PIECE} words. */
    private static String[] atWord(String s) {
        String[] w = s.strip().split("\\s+");
        int cut = Math.min(PIECE, w.length - 1);
        return new String[] {String.join(" ", List.of(w).subList(0, cut)), String.join(" ", List.of(w).subList(cut, w.length))};
    }

    /** A piece opens like a sentence: its first word capitalised when it is all lowercase. */
    private static String capitalised(String s) {
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        if (end == 0 || !s.substring(0, end).chars().allMatch(Character::isLowerCase)) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
