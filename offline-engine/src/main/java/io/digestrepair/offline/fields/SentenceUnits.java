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
        while (out.size() < FIELDS && out.size() > 0) {
            int longest = -1;
            for (int i = 0; i < out.size(); i++) {
                if (longest < 0 || SentenceCues.words(out.get(i)) > SentenceCues.words(out.get(longest))) {
                    longest = i;
                }
            }
            String[] halves = split(out.get(longest), MIN_SIDE, true);
            if (halves == null) {
                break;
            }
            out.set(longest, halves[0]);
            out.add(longest + 1, halves[1]);
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
        int total = SentenceCues.words(s);
        for (Pattern p : BOUNDARIES) {
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
