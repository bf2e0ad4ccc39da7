package io.digestrepair.offline.fields;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.text.SuspectText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import static io.digestrepair.offline.fields.FieldAssembler.MAX_FIELD_WORDS;

/**
 * The last step of an assembly: a TL;DR or field whose original stated figures its sentences do not takes the
 * clause of another sentence that states them ({@link TldrComposer}, {@link FieldComposer}); that sentence stays
 * in the field that holds it.
 */
final class FigureComposition {

    /** How many of the sentences stating the wanted figures are tried: those stating the most come first. */
    private static final int CANDIDATES = 5;
    /** At most this many clauses of other sentences join a field: a summary, not the abstract again. */
    private static final int PHRASES_PER_FIELD = 2;

    private final Selection sel;

    FigureComposition(Selection sel) {
        this.sel = sel;
    }

    /**
     * When the original TL;DR stated figures the TL;DR does not, and another sentence states them (the Result's,
     * as a rule), the TL;DR takes the part of that sentence that states them ({@link TldrComposer}), and a second
     * clause for the figures still missing when one more fits; the sentences themselves stay where they are. Of
     * the {@link #CANDIDATES} sentences stating most of the figures, the composition stating most of them wins.
     */
    void composeTldr() {
        FieldFacts o = sel.original(FieldName.TLDR);
        if (o == null || o.numbers().isEmpty() || sel.tldrText() == null || sel.tldrText().isEmpty()) {
            return;
        }
        Set<String> wanted = new HashSet<>(o.numbers());
        wanted.removeAll(FieldFacts.ofSentence(sel.tldrText()).numbers());
        if (wanted.isEmpty()) {
            return;
        }
        int source = sel.tldrSource();
        // any sentence stating a figure the original TL;DR stated, or its "3D" with one of its terms too (as for
        // the fields, below)
        Set<String> figures = sel.figures(FieldName.TLDR);
        List<Integer> candidates = stating(wanted, j -> j != source && (statesAny(j, figures, wanted) || sharesTerm(j, o)));
        // of the compositions the candidates allow, the one that states most of the wanted figures (the earliest
        // candidate on a tie: the one stating most of them to begin with)
        String best = null;
        int bestCount = 0;
        // the TL;DR without its opening phrase ("To consolidate existing research, we present X"), when that
        // leaves room for more of the figures
        String base = sel.tldrText();
        String shorter = FigurePhrase.withoutOpening(base, FieldFacts.ofSentence(base).numbers(), false);
        List<String> bases = shorter.equals(base) || SentenceCues.words(shorter) < 8 ? List.of(base)
                : List.of(base, TldrComposer.capitalised(shorter));
        int tried = Math.min(CANDIDATES, candidates.size());
        // each candidate with the phrase as long as it reads best, then ending at the first loose end after the
        // figures (room for a second clause); the TL;DR whole, then without its opening
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < tried * bases.size() * 2 && bestCount < wanted.size(); k++) {
            boolean tight = k >= tried * bases.size();
            String from = bases.get(k % (tried * bases.size()) / tried);
            int c = candidates.get(k % tried);
            String composed = TldrComposer.compose(from, sel.sentence(c), wanted, sel.free(c), tight);
            // the same composition from another variant adds nothing: a tight phrase is often the phrase itself
            if (composed != null && seen.add(composed) && finished(composed)) {
                // a second and a third clause, each for figures the clauses before left out
                composed = composeMore(composeMore(composed, source, c, wanted), source, c, wanted);
                int count = FigurePhrase.stated(composed, wanted);
                if (count > bestCount) {
                    best = composed;
                    bestCount = count;
                }
            }
        }
        if (best != null) {
            sel.composeTldr(best);
        }
    }

    /** The composed TL;DR with one more clause for the figures it still leaves out, when a sentence states them. */
    private String composeMore(String composed, int source, int used, Set<String> wanted) {
        Set<String> still = new HashSet<>(wanted);
        still.removeAll(FieldFacts.ofSentence(composed).numbers());
        if (still.isEmpty()) {
            return composed;
        }
        List<Integer> candidates = stating(still, j -> j != source && j != used);
        String best = composed;
        int bestCount = 0;
        for (int k = 0; k < Math.min(CANDIDATES, candidates.size()) * 2 && bestCount < still.size(); k++) {
            boolean tight = k >= Math.min(CANDIDATES, candidates.size());
            String more = TldrComposer.composeMore(composed, sel.sentence(candidates.get(k % Math.min(CANDIDATES, candidates.size()))), still, tight);
            int count = more == null ? 0 : FigurePhrase.stated(more, still);
            if (count > bestCount && finished(more)) {
                best = more;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * When a field's original stated figures its sentences do not, and a sentence another field holds states
     * them (the Result's, as a rule), the field's sentence is joined to the clause of that sentence which states
     * them ({@link FieldComposer}), up to {@link #PHRASES_PER_FIELD} clauses; those sentences stay where they
     * are. Runs after the TL;DR is final, so that the joined sentence can be checked against it. A composition
     * the summarizer would take for a cut text ({@link SuspectText}: "... spanning 3 high-") is never made.
     */
    void composeFields(FieldName... fields) {
        for (FieldName f : fields) {
            FieldFacts o = sel.original(f);
            List<Integer> have = sel.chosen(f);
            if (o == null || o.numbers().isEmpty() || have.isEmpty() || f == FieldName.TLDR) {
                continue;
            }
            List<Integer> joinedFrom = new ArrayList<>();
            for (int round = 0; round < PHRASES_PER_FIELD; round++) {
                List<String> text = sel.fieldText(f);
                Set<String> wanted = new HashSet<>(o.numbers());
                wanted.removeAll(FieldFacts.ofSentence(String.join(" ", text)).numbers());
                if (wanted.isEmpty()) {
                    break;
                }
                // a sentence stating a figure of the original, or its "3D" with one of its terms too: "3D vision
                // systems are constrained by ..." states the 3 of any 3D paper, not what the field's original stated
                Set<String> figures = sel.figures(f);
                List<Integer> candidates = stating(wanted, k -> !have.contains(k) && !joinedFrom.contains(k)
                        && (statesAny(k, figures, wanted) || sharesTerm(k, o)));
                List<String> best = null;
                int bestCount = 0;
                int bestSource = -1;
                Others others = new Others(f);
                for (int k = 0; k < Math.min(CANDIDATES, candidates.size()); k++) {
                    List<String> joined = FieldComposer.compose(text, sel.sentence(candidates.get(k)), wanted, MAX_FIELD_WORDS);
                    if (joined == null || others.shareSentence(joined) || others.sayTwice(joined) || !finished(String.join(" ", joined))) {
                        // the clause ending at the first loose end after its figures, when the longer one does not fit
                        joined = FieldComposer.compose(text, sel.sentence(candidates.get(k)), wanted, MAX_FIELD_WORDS, true);
                    }
                    if (joined == null || others.shareSentence(joined) || others.sayTwice(joined) || !finished(String.join(" ", joined))) {
                        continue;
                    }
                    int count = FigurePhrase.stated(String.join(" ", joined), wanted);
                    if (count > bestCount) {
                        best = joined;
                        bestCount = count;
                        bestSource = candidates.get(k);
                    }
                }
                if (best == null) {
                    break;
                }
                sel.compose(f, best);
                joinedFrom.add(bestSource);
            }
        }
    }

    /**
     * The sentences that {@code fits} and that are no boilerplate, stating at least one of {@code wanted}: those
     * stating the most first, then in the abstract's order.
     */
    private List<Integer> stating(Set<String> wanted, IntPredicate fits) {
        List<int[]> candidates = new ArrayList<>();
        for (int j = 0; j < sel.size(); j++) {
            if (sel.reading(j).boilerplate() || !fits.test(j)) {
                continue;
            }
            int count = 0;
            for (String v : sel.reading(j).facts().numbers()) {
                count += wanted.contains(v) ? 1 : 0;
            }
            if (count > 0) {
                candidates.add(new int[] {count, j});
            }
        }
        candidates.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : Integer.compare(a[1], b[1]));
        return candidates.stream().map(c -> c[1]).toList();
    }

    /** Whether sentence {@code k} states one of {@code wanted} that is a figure of the original, not its "3D". */
    private boolean statesAny(int k, Set<String> figures, Set<String> wanted) {
        for (String v : sel.reading(k).facts().numbers()) {
            if (figures.contains(v) && wanted.contains(v)) {
                return true;
            }
        }
        return false;
    }

    /** Whether sentence {@code k} writes one of the original's terms ("SCARED", "BraTS2020"; "3D" is none). */
    private boolean sharesTerm(int k, FieldFacts original) {
        for (String t : sel.reading(k).facts().terms()) {
            if (original.terms().contains(t) && !FieldFacts.isDimension(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a composed text reads as finished to the summarizer's checks: no clause cut before its end. */
    private static boolean finished(String text) {
        return SuspectText.reason(text).isEmpty();
    }

    /**
     * Words in a row that, held by two fields besides this one, make a joined clause one said twice: the sentence
     * stands whole in one field and has lent the clause to another already.
     */
    static final int LENT_RUN_WORDS = 8;

    /** The other fields' text, folded once for the checks of every candidate of a round. */
    private final class Others {
        /** Their sentences, folded, padded with spaces. */
        final List<String> sentences = new ArrayList<>();
        /** Each field's whole text, folded, padded with spaces. */
        final List<String> fields = new ArrayList<>();

        Others(FieldName field) {
            for (FieldName f : FieldName.values()) {
                if (f == field) {
                    continue;
                }
                List<String> text = f == FieldName.TLDR ? List.of(sel.tldrText() == null ? "" : sel.tldrText()) : sel.fieldText(f);
                for (String o : text) {
                    String folded = TldrComposer.fold(o);
                    if (!folded.isEmpty()) {
                        sentences.add(" " + folded + " ");
                    }
                }
                fields.add(" " + TldrComposer.fold(String.join(" ", text)) + " ");
            }
        }

        /** Whether one of {@code text}'s sentences is, or holds, or sits inside, a sentence of another field. */
        boolean shareSentence(List<String> text) {
            for (String s : text) {
                String folded = TldrComposer.fold(s);
                if (folded.isEmpty()) {
                    continue;
                }
                String padded = " " + folded + " ";
                for (String o : sentences) {
                    if (padded.contains(o) || o.contains(padded)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether {@code text} holds {@link #LENT_RUN_WORDS} words in a row that two other fields hold too. */
        boolean sayTwice(List<String> text) {
            String[] w = TldrComposer.fold(String.join(" ", text)).split(" ");
            for (int k = 0; k + LENT_RUN_WORDS <= w.length; k++) {
                String run = " " + String.join(" ", java.util.Arrays.copyOfRange(w, k, k + LENT_RUN_WORDS)) + " ";
                int holders = 0;
                for (String o : fields) {
                    holders += o.contains(run) ? 1 : 0;
                }
                if (holders >= 2) {
                    return true;
                }
            }
            return false;
        }
    }
}
