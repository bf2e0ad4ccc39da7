package io.digestrepair.offline.fields;

import io.digestrepair.core.FieldName;
import io.digestrepair.offline.role.Role;

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

    private final Selection sel;

    FigureComposition(Selection sel) {
        this.sel = sel;
    }

    /**
     * When the original TL;DR stated figures the TL;DR does not, and another sentence states them (the Result's,
     * as a rule), the TL;DR takes the part of that sentence that states them ({@link TldrComposer}); the
     * sentence itself stays where it is.
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
        // a finding, or a fact of the paper's own work after the sentence that announces it ("It covers 11
        // sports and 925 videos"): never the background's figures ("..., 3D scene understanding requires ...")
        List<Integer> candidates = stating(wanted,
                j -> j != source && (reportsResult(j) || sel.tagging().role(j) == Role.METHOD && j > source));
        for (int k = 0; k < Math.min(3, candidates.size()); k++) {
            String composed = TldrComposer.compose(sel.tldrText(), sel.sentence(candidates.get(k)), wanted);
            if (composed != null) {
                sel.composeTldr(composed);
                return;
            }
        }
    }

    /**
     * When a field's original stated figures its sentences do not, and a sentence another field holds states
     * them (the Result's, as a rule), the field's sentence is joined to the clause of that sentence which states
     * them ({@link FieldComposer}); that sentence stays where it is. Runs after the TL;DR is final, so that the
     * joined sentence can be checked against it.
     */
    void composeFields(FieldName... fields) {
        for (FieldName f : fields) {
            FieldFacts o = sel.original(f);
            List<Integer> have = sel.chosen(f);
            if (o == null || o.numbers().isEmpty() || have.isEmpty() || f == FieldName.TLDR) {
                continue;
            }
            Set<String> wanted = new HashSet<>(o.numbers());
            for (int i : have) {
                wanted.removeAll(sel.reading(i).facts().numbers());
            }
            if (wanted.isEmpty()) {
                continue;
            }
            // a finding (or, for a Method, the paper's own work), never the background: "3D vision systems
            // are constrained by ..." states a number but is not what the field's original stated
            List<Integer> candidates = stating(wanted, k -> !have.contains(k)
                    && (reportsResult(k) || f == FieldName.METHOD && sel.tagging().role(k) == Role.METHOD));
            List<String> text = sel.fieldText(f);
            for (int k = 0; k < Math.min(3, candidates.size()); k++) {
                List<String> joined = FieldComposer.compose(text, sel.sentence(candidates.get(k)), wanted, MAX_FIELD_WORDS);
                if (joined != null && !sharesSentence(f, joined)) {
                    sel.compose(f, joined);
                    break;
                }
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

    /** A finding, not the context: "..., 3D scene understanding requires ..." states a number but no result. */
    private boolean reportsResult(int j) {
        return sel.tagging().role(j) == Role.RESULT || sel.reading(j).outcome() || sel.tagging().probability(j, Role.RESULT) >= 0.3;
    }

    /** Whether one of {@code text}'s sentences is, or holds, or sits inside, a sentence of another field. */
    private boolean sharesSentence(FieldName field, List<String> text) {
        List<String> others = new ArrayList<>();
        for (FieldName f : FieldName.values()) {
            if (f != field) {
                others.addAll(f == FieldName.TLDR ? List.of(sel.tldrText() == null ? "" : sel.tldrText()) : sel.fieldText(f));
            }
        }
        for (String s : text) {
            for (String o : others) {
                if (!o.isBlank() && (TldrComposer.contains(s, o) || TldrComposer.contains(o, s))) {
                    return true;
                }
            }
        }
        return false;
    }
}
