package io.digestrepair.offline.fields;

import io.digestrepair.core.FieldName;
import io.digestrepair.offline.role.Role;
import io.digestrepair.offline.role.RoleTagging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bookkeeping of one assembly: which sentence went where, and the choices by role. The choices guided by
 * the originals are {@link Guidance}'s, the clauses joined for their figures {@link FigureComposition}'s.
 */
final class Selection {

    /** At most this many sentences in Motivation, Method and Result: a field is a summary, not a copy. */
    static final int MAX_SENTENCES = 2;
    /** A second sentence is added only while the field stays within this many words. */
    static final int MAX_WORDS = 70;
    /** A field guided by its original takes up to this many sentences, within {@link #GUIDED_MAX_WORDS} words. */
    static final int GUIDED_SENTENCES = 4;
    static final int GUIDED_MAX_WORDS = 110;
    /** A sentence is the original's when it shares a number with it, or three of its terms. */
    static final int GUIDED_MIN_SCORE = 3;
    /** Where a field's sentences sit in a typical abstract (0 first, 1 last): the fallback's target. */
    static final Map<FieldName, Double> ANCHOR = Map.of(
            FieldName.TLDR, 0.3, FieldName.MOTIVATION, 0.0, FieldName.METHOD, 0.5,
            FieldName.RESULT, 0.8, FieldName.CONCLUSION, 1.0);

    private final List<String> sentences;
    private final RoleTagging tagging;
    private final List<SentenceReading> read;
    private final boolean[] used;
    private final Map<FieldName, List<Integer>> chosen = new EnumMap<>(FieldName.class);
    /** The figures each field's original states: its numbers but those it writes only as a dimension ("3D"). */
    private final Map<FieldName, Set<String>> figures = new EnumMap<>(FieldName.class);
    /** What each field's original states, for the fields that had one. */
    private final Map<FieldName, FieldFacts> originals = new EnumMap<>(FieldName.class);
    private String tldrText;
    /** Fields whose text is not their sentences as they stand: a clause of another field's sentence joined in. */
    private final Map<FieldName, List<String>> composed = new EnumMap<>(FieldName.class);

    Selection(List<String> sentences, RoleTagging tagging, Map<FieldName, String> originalTexts) {
        this.sentences = sentences;
        this.tagging = tagging;
        this.used = new boolean[sentences.size()];
        for (FieldName f : FieldName.values()) {
            chosen.put(f, new ArrayList<>(MAX_SENTENCES));
            FieldFacts o = FieldFacts.ofOriginal(originalTexts.get(f));
            if (!o.isEmpty()) {
                originals.put(f, o);
                Set<String> figures = new HashSet<>(o.numbers());
                figures.removeAll(FieldFacts.dimensionsOnly(originalTexts.get(f)));
                this.figures.put(f, Set.copyOf(figures));
            }
        }
        this.read = SentenceReading.of(sentences, tagging, !originals.isEmpty());
    }

    int size() {
        return sentences.size();
    }

    String sentence(int i) {
        return sentences.get(i);
    }

    SentenceReading reading(int i) {
        return read.get(i);
    }

    RoleTagging tagging() {
        return tagging;
    }

    /** What the field's original stated; null when it had none. */
    FieldFacts original(FieldName field) {
        return originals.get(field);
    }

    /** The figures the field's original stated (see {@link #figures}); empty when it had no original. */
    Set<String> figures(FieldName field) {
        return figures.getOrDefault(field, Set.of());
    }

    boolean guided() {
        return !originals.isEmpty();
    }

    Set<FieldName> originalFields() {
        return originals.keySet();
    }

    /** The sentences the field has taken so far, in the order taken. */
    List<Integer> taken(FieldName field) {
        return Collections.unmodifiableList(chosen.get(field));
    }

    /** Fields other than {@code field} that have no sentence yet. */
    int emptyFieldsBesides(FieldName field) {
        int count = 0;
        for (FieldName f : FieldName.values()) {
            count += f != field && chosen.get(f).isEmpty() ? 1 : 0;
        }
        return count;
    }

    /** Three per number of another field's original that sentence {@code i} alone states: what taking it costs. */
    private int soleStatement(int i) {
        int cost = 0;
        for (Map.Entry<FieldName, FieldFacts> e : originals.entrySet()) {
            if (e.getKey() == FieldName.TLDR) {
                continue;
            }
            for (String v : e.getValue().numbers()) {
                if (!read.get(i).facts().numbers().contains(v)) {
                    continue;
                }
                boolean elsewhere = false;
                for (int j = 0; j < sentences.size() && !elsewhere; j++) {
                    elsewhere = j != i && !read.get(j).boilerplate() && read.get(j).facts().numbers().contains(v);
                }
                cost += elsewhere ? 0 : 3;
            }
        }
        return cost;
    }

    /**
     * A field's sentences as served: each with a full stop, the first without an opening connective ("Additionally,
     * ..." opens nothing when what it adds to is not in the field), or as composed ({@link FigureComposition#composeFields}).
     */
    List<String> fieldText(FieldName field) {
        List<String> done = composed.get(field);
        if (done != null) {
            return done;
        }
        List<Integer> idx = chosen(field);
        List<String> parts = new ArrayList<>(idx.size());
        for (int k = 0; k < idx.size(); k++) {
            String sentence = FieldAssembler.withFullStop(sentences.get(idx.get(k)));
            parts.add(k == 0 ? SentenceCues.withoutConnective(sentence) : sentence);
        }
        return parts;
    }

    /** The TL;DR as written from its sentence (see {@link #bestTldr()}), or as composed. */
    String tldrText() {
        return tldrText;
    }

    void composeTldr(String text) {
        tldrText = text;
    }

    void compose(FieldName field, List<String> text) {
        composed.put(field, text);
    }

    /**
     * A field that opens with a reference to what comes before ("These properties ...", "This ...") takes
     * the sentence before it too when it is free and the field stays short, so that the reference has its
     * antecedent in the field.
     */
    void antecedents() {
        for (FieldName f : FieldName.values()) {
            if (f == FieldName.TLDR) {
                continue;
            }
            List<Integer> have = chosen(f);
            if (have.isEmpty()) {
                continue;
            }
            int first = have.getFirst();
            if (first == 0 || !free(first - 1) || !SentenceCues.opensWithReference(sentences.get(first))) {
                continue;
            }
            int total = 0;
            for (int k : have) {
                total += read.get(k).words();
            }
            if (have.size() < GUIDED_SENTENCES && total + read.get(first - 1).words() <= GUIDED_MAX_WORDS
                    && freeCount() - 1 >= emptyFieldsBesides(f)) {
                take(f, first - 1);
            }
        }
    }

    List<Integer> chosen(FieldName field) {
        List<Integer> idx = chosen.get(field);
        idx.sort(null);
        return idx;
    }

    /** The sentence the TL;DR was made from; what follows it is the paper's own work. */
    int tldrSource() {
        List<Integer> t = chosen.get(FieldName.TLDR);
        return t.isEmpty() ? -1 : t.getFirst();
    }

    void take(FieldName field, int i) {
        chosen.get(field).add(i);
        used[i] = true;
    }

    boolean free(int i) {
        return !used[i] && !read.get(i).boilerplate();
    }

    /**
     * The sentence that best states what the paper does: its first main contribution (with an original, the
     * contribution sentence that states most of what the original TL;DR stated), else the likeliest
     * objective; among those, the first whose TL;DR ({@link TldrWriter}) is a complete sentence
     * ({@link SentenceShape}).
     */
    int bestTldr() {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!read.get(i).boilerplate() && read.get(i).words() >= 6 && tagging.role(i) != Role.RESULT
                    && SentenceCues.statesMainContribution(sentences.get(i))) {
                candidates.add(i);
            }
        }
        FieldFacts tldrFacts = originals.get(FieldName.TLDR);
        if (tldrFacts != null) {
            int[] net = new int[sentences.size()];
            for (int i = 0; i < net.length; i++) {
                net[i] = tldrFacts.score(read.get(i).facts()) - soleStatement(i);
            }
            // stable: the earliest of the best-matching contributions first
            candidates.sort((a, b) -> Integer.compare(net[b], net[a]));
            // a complete sentence stating more of what the original TL;DR stated (less what only it states for
            // another field's original, which would lose it) comes before contributions that state less
            int top = candidates.isEmpty() ? 0 : net[candidates.getFirst()];
            int numbered = -1;
            for (int i = 0; i < sentences.size(); i++) {
                if (!read.get(i).boilerplate() && read.get(i).words() >= 6 && net[i] >= top + GUIDED_MIN_SCORE
                        && (numbered < 0 || net[i] > net[numbered])) {
                    numbered = i;
                }
            }
            if (numbered >= 0) {
                candidates.remove(Integer.valueOf(numbered));
                candidates.addFirst(numbered);
            }
        }
        List<Integer> byObjective = new ArrayList<>();
        double[] score = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            score[i] = tagging.probability(i, Role.OBJECTIVE) + 0.5 * tagging.probability(i, Role.METHOD)
                    + (SentenceCues.statesContribution(s) ? 1.0 : 0.0)
                    - (read.get(i).boilerplate() ? 3.0 : 0.0)
                    - (read.get(i).words() < 6 ? 1.0 : 0.0)
                    - 0.05 * i;
            byObjective.add(i);
        }
        byObjective.sort((a, b) -> Double.compare(score[b], score[a]));
        for (int i : byObjective) {
            if (!candidates.contains(i)) {
                candidates.add(i);
            }
        }
        for (int i : candidates) {
            String written = TldrWriter.write(sentences.get(i));
            if (!read.get(i).boilerplate() && read.get(i).words() >= 6 && SentenceShape.isComplete(written)) {
                tldrText = written;
                return i;
            }
        }
        int first = candidates.getFirst();
        tldrText = TldrWriter.write(sentences.get(first));
        return first;
    }

    /**
     * The last substantial sentence when it closes the abstract: an {@code other} sentence, or a
     * result sentence that generalises or is not the only result. -1 when there is none.
     */
    int closingImplication() {
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (!free(i)) {
                continue;
            }
            Role r = tagging.role(i);
            boolean otherResults = false;
            for (int j = 0; j < i; j++) {
                otherResults |= free(j) && resultLike(j);
            }
            if (r == Role.OTHER && read.get(i).words() >= 6 || r == Role.RESULT && (read.get(i).generalises() || otherResults)) {
                return i;
            }
            return -1;
        }
        return -1;
    }

    private boolean resultLike(int i) {
        return tagging.role(i) == Role.RESULT || read.get(i).outcome() && i > tldrSource();
    }

    /** The field's first sentence: its best free sentence of the roles, else the nearest free one. */
    void fill(FieldName field, List<Role> roles) {
        if (!chosen.get(field).isEmpty()) {
            return; // guided by its original
        }
        int pick = bestOfRoles(field, roles);
        if (pick < 0) {
            pick = nearest(field, true);
        }
        if (pick < 0) {
            pick = nearest(field, false); // too few sentences: share one rather than leave the field empty
        }
        take(field, pick);
    }

    boolean hasFree(Role role) {
        for (int i = 0; i < sentences.size(); i++) {
            if (free(i) && tagging.role(i) == role) {
                return true;
            }
        }
        return false;
    }

    int freeCount() {
        int count = 0;
        for (int i = 0; i < sentences.size(); i++) {
            count += free(i) ? 1 : 0;
        }
        return count;
    }

    /** Adds one more sentence of the roles while the field stays short and {@code reserve} free sentences remain. */
    void extend(FieldName field, int reserve, Role... roles) {
        List<Integer> have = chosen.get(field);
        if (have.size() >= MAX_SENTENCES || freeCount() <= reserve) {
            return;
        }
        int total = 0;
        for (int i : have) {
            total += read.get(i).words();
        }
        int pick = bestOfRoles(field, List.of(roles));
        if (pick >= 0 && total + read.get(pick).words() <= MAX_WORDS) {
            take(field, pick);
        }
    }

    private int bestOfRoles(FieldName field, List<Role> roles) {
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sentences.size(); i++) {
            boolean eligible = roles.contains(tagging.role(i)) || roles.contains(Role.RESULT) && resultLike(i);
            if (!free(i) || !eligible) {
                continue;
            }
            double score = preference(field, i);
            if (score > top) {
                top = score;
                best = i;
            }
        }
        return best;
    }

    /** Among the sentences of a field's roles, which reads best as that field. */
    private double preference(FieldName field, int i) {
        double position = (double) i / Math.max(1, sentences.size() - 1);
        double afterTldr = i > tldrSource() ? 0.5 : 0.0;
        return switch (field) {
            // the gap statement ("however, ...") first, then the opening that sets the context
            case MOTIVATION -> (read.get(i).gap() ? 1.0 : 0.0) + (tagging.role(i) == Role.BACKGROUND ? 0.4 : 0.0)
                    - 0.1 * position;
            // the paper's own method follows the sentence that announces it
            case METHOD -> tagging.probability(i, Role.METHOD) + afterTldr
                    + (read.get(i).method() ? 0.5 : 0.0) - (read.get(i).outcome() ? 1.0 : 0.0) - 0.2 * position;
            case RESULT -> (read.get(i).finding() || read.get(i).outcome() ? 1.0 : 0.0) + tagging.probability(i, Role.RESULT)
                    + afterTldr - 0.2 * position;
            case CONCLUSION -> position + (read.get(i).generalises() ? 1.0 : 0.0);
            case TLDR -> tagging.probability(i, Role.OBJECTIVE);
        };
    }

    /** The sentence nearest to where the field's sentences usually sit; -1 when none is left. */
    private int nearest(FieldName field, boolean onlyFree) {
        int n = sentences.size();
        double target = ANCHOR.get(field) * (n - 1);
        int best = -1;
        double gap = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            boolean ok = onlyFree ? free(i) : !read.get(i).boilerplate() || allBoilerplate();
            if (ok && Math.abs(i - target) < gap) {
                gap = Math.abs(i - target);
                best = i;
            }
        }
        return best;
    }

    private boolean allBoilerplate() {
        return read.stream().allMatch(SentenceReading::boilerplate);
    }
}
