package io.digestrepair.offline.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Conclusion or Method that states the figures its original stated when those figures sit in a sentence
 * another field holds: the field's own sentence joined, by a semicolon, to the clause of that sentence which
 * states them ("X is a promising direction for Y; our method improves accuracy by 23% on Z."). The pipeline's
 * Conclusions restate the Result's figures, and its Methods the sizes a result sentence gives ("on 74K
 * samples"); the abstract states them once. Only the clause is taken, as for a composed TL;DR
 * ({@link FigurePhrase}: reporting frame, opening setting and later clauses left out), so the joined
 * sentence is neither another field's sentence nor inside one. Stateless.
 */
final class FieldComposer {

    /** The longest clause taken from another field's sentence: a figure and what it measures, not a second finding. */
    static final int MAX_PHRASE_WORDS = 45;
    /** A clause leaves out at least this many words of its sentence: less would be the sentence copied. */
    private static final int MIN_LEFT_OUT = 2;

    private FieldComposer() {
    }

    /**
     * The field's sentences with the clause of {@code source} that states {@code wanted} joined to one of them:
     * after the last, or before the first when that opens with a reference ("These results show ...", which the
     * clause then precedes). Null when no part of {@code source} is a complete clause stating a wanted figure,
     * when the clause is nearly the whole sentence, or when the field would exceed {@code maxWords} words.
     */
    static List<String> compose(List<String> field, String source, Set<String> wanted, int maxWords) {
        return compose(field, source, wanted, maxWords, false);
    }

    /** {@link #compose(List, String, Set, int)}; {@code tight} as for {@link FigurePhrase#of(String, Set, boolean)}. */
    static List<String> compose(List<String> field, String source, Set<String> wanted, int maxWords, boolean tight) {
        if (field.isEmpty()) {
            return null;
        }
        String phrase = FigurePhrase.of(source, wanted, tight);
        if (phrase == null || !SentenceShape.isComplete(phrase) || TldrComposer.opensParticiple(phrase)) {
            return null;
        }
        int phraseWords = SentenceCues.words(phrase);
        if (phraseWords > SentenceCues.words(source) - MIN_LEFT_OUT) {
            // the figures span the whole sentence: those of its main clause alone
            Set<String> fewer = FigurePhrase.mainClauseFigures(source, wanted);
            if (!fewer.isEmpty() && fewer.size() < wanted.size()) {
                return compose(field, source, fewer, maxWords, tight);
            }
        }
        if (phraseWords > MAX_PHRASE_WORDS || phraseWords > SentenceCues.words(source) - MIN_LEFT_OUT) {
            return null;
        }
        List<String> out = new ArrayList<>(field);
        String joined;
        int at;
        if (SentenceCues.opensWithReference(field.getFirst())) {
            at = 0;
            joined = TldrComposer.capitalised(phrase) + "; " + TldrComposer.lowerOpening(field.getFirst().strip());
        } else {
            at = field.size() - 1;
            joined = TldrComposer.withoutStop(field.getLast()) + "; " + TldrComposer.lowerOpening(phrase);
        }
        joined = FieldAssembler.withFullStop(TldrComposer.withoutStop(joined));
        if (!SentenceShape.isComplete(joined) || TldrComposer.contains(joined, source)
                || TldrComposer.contains(joined, SentenceCues.withoutConnective(source))) {
            return null;
        }
        out.set(at, joined);
        int total = 0;
        for (String s : out) {
            total += SentenceCues.words(s);
        }
        return total > maxWords ? null : out;
    }
}
