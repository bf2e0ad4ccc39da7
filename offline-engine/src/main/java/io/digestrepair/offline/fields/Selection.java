package io.digestrepair.offline.fields;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.text.SentenceFrames;
import io.digestrepair.core.text.SuspectText;
import io.digestrepair.offline.role.Role;
import io.digestrepair.offline.role.RoleTagging;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.digestrepair.offline.fields.FieldAssembler.MAX_FIELD_WORDS;

/** The bookkeeping of one assembly: which sentence went where. */
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
    private final boolean[] used;
    /** Never a field while other sentences remain: links and notes, and sentences unfit to stand as a field. */
    private final boolean[] boilerplate;
    /** Each sentence's cues, read once: the choices below consult them many times. */
    private final boolean[] gap;
    private final boolean[] generalises;
    private final boolean[] finding;
    private final boolean[] method;
    /** Method-tagged sentences that report outcomes: results the tagger placed too early. */
    private final boolean[] outcome;
    private final int[] words;
    private final Map<FieldName, List<Integer>> chosen = new EnumMap<>(FieldName.class);
    /** What each field's original states, for the fields that had one; and what each sentence states. */
    private final Map<FieldName, FieldFacts> originals = new EnumMap<>(FieldName.class);
    private final FieldFacts[] facts;
    private String tldrText;
    /** Fields whose text is not their sentences as they stand: a clause of another field's sentence joined in. */
    private final Map<FieldName, List<String>> composed = new EnumMap<>(FieldName.class);

    Selection(List<String> sentences, RoleTagging tagging, Map<FieldName, String> originalTexts) {
        this.sentences = sentences;
        this.tagging = tagging;
        int n = sentences.size();
        this.used = new boolean[n];
        this.boilerplate = new boolean[n];
        this.gap = new boolean[n];
        this.generalises = new boolean[n];
        this.finding = new boolean[n];
        this.method = new boolean[n];
        this.outcome = new boolean[n];
        this.words = new int[n];
        for (int i = 0; i < n; i++) {
            String s = sentences.get(i);
            words[i] = SentenceCues.words(s);
            boilerplate[i] = SentenceCues.isBoilerplate(s) || unfit(s, words[i]);
            Role r = tagging.role(i);
            gap[i] = (r == Role.BACKGROUND || r == Role.OBJECTIVE) && SentenceCues.statesGap(s);
            generalises[i] = (r == Role.RESULT || r == Role.OTHER) && SentenceCues.generalises(s);
            finding[i] = r == Role.RESULT && SentenceCues.reportsFinding(s);
            method[i] = r == Role.METHOD && SentenceCues.describesMethod(s);
            outcome[i] = r == Role.METHOD && tagging.probability(i, Role.RESULT) >= 0.15 && SentenceCues.measuresOutcome(s);
        }
        for (FieldName f : FieldName.values()) {
            chosen.put(f, new ArrayList<>(MAX_SENTENCES));
            FieldFacts o = FieldFacts.ofOriginal(originalTexts.get(f));
            if (!o.isEmpty()) {
                originals.put(f, o);
            }
        }
        this.facts = new FieldFacts[n];
        for (int i = 0; i < n; i++) {
            facts[i] = originals.isEmpty() ? FieldFacts.NONE : FieldFacts.ofSentence(sentences.get(i));
        }
    }

    private int guidance(FieldName field, int i) {
        FieldFacts o = originals.get(field);
        return o == null ? 0 : o.score(facts[i]);
    }

    /**
     * Each free sentence that states what an original stated goes to the field whose original it matches
     * best, or the next best when that one is full (ties: the field whose role the sentence has), best matches first, while the field stays short and
     * enough free sentences remain for the fields still without one.
     */
    void guide() {
        if (originals.isEmpty()) {
            return;
        }
        // every (sentence, field) pair that matches, best first; a tie goes to the field whose role the
        // sentence has, then to the earlier sentence
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!free(i)) {
                continue;
            }
            for (FieldName f : originals.keySet()) {
                int score = f == FieldName.TLDR ? 0 : guidance(f, i);
                if (score >= GUIDED_MIN_SCORE) {
                    pairs.add(new int[] {score, suits(f, i) ? 1 : 0, i, f.ordinal()});
                }
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : a[1] != b[1] ? Integer.compare(b[1], a[1])
                : Integer.compare(a[2], b[2]));
        for (int[] pair : pairs) {
            int i = pair[2];
            FieldName f = FieldName.values()[pair[3]];
            if (!free(i)) {
                continue;
            }
            List<Integer> have = chosen.get(f);
            int total = 0;
            for (int k : have) {
                total += words[k];
            }
            if (have.size() >= GUIDED_SENTENCES || !have.isEmpty() && total + words[i] > GUIDED_MAX_WORDS
                    || freeCount() - 1 < emptyFieldsBesides(f)) {
                continue;
            }
            take(f, i);
        }
    }

    private boolean suits(FieldName field, int i) {
        Role r = tagging.role(i);
        return switch (field) {
            case MOTIVATION -> r == Role.BACKGROUND || r == Role.OBJECTIVE;
            case METHOD -> r == Role.METHOD;
            case RESULT -> r == Role.RESULT;
            case CONCLUSION -> r == Role.OTHER || generalises[i];
            case TLDR -> false;
        };
    }

    /** Fields other than {@code field} that have no sentence yet. */
    private int emptyFieldsBesides(FieldName field) {
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
                if (!facts[i].numbers().contains(v)) {
                    continue;
                }
                boolean elsewhere = false;
                for (int j = 0; j < sentences.size() && !elsewhere; j++) {
                    elsewhere = j != i && !boilerplate[j] && facts[j].numbers().contains(v);
                }
                cost += elsewhere ? 0 : 3;
            }
        }
        return cost;
    }

    /**
     * When the original TL;DR stated figures the TL;DR does not, and another sentence states them (the Result's,
     * as a rule), the TL;DR takes the part of that sentence that states them ({@link TldrComposer}); the
     * sentence itself stays where it is.
     */
    void composeTldr() {
        FieldFacts o = originals.get(FieldName.TLDR);
        if (o == null || o.numbers().isEmpty() || tldrText == null || tldrText.isEmpty()) {
            return;
        }
        Set<String> wanted = new HashSet<>(o.numbers());
        wanted.removeAll(FieldFacts.ofSentence(tldrText).numbers());
        if (wanted.isEmpty()) {
            return;
        }
        int source = tldrSource();
        // a finding, or a fact of the paper's own work after the sentence that announces it ("It covers 11
        // sports and 925 videos"): never the background's figures ("..., 3D scene understanding requires ...")
        List<Integer> candidates = stating(wanted,
                j -> j != source && (reportsResult(j) || tagging.role(j) == Role.METHOD && j > source));
        for (int k = 0; k < Math.min(3, candidates.size()); k++) {
            String composed = TldrComposer.compose(tldrText, sentences.get(candidates.get(k)), wanted);
            if (composed != null) {
                tldrText = composed;
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
            FieldFacts o = originals.get(f);
            List<Integer> have = chosen(f);
            if (o == null || o.numbers().isEmpty() || have.isEmpty() || f == FieldName.TLDR) {
                continue;
            }
            Set<String> wanted = new HashSet<>(o.numbers());
            for (int i : have) {
                wanted.removeAll(facts[i].numbers());
            }
            if (wanted.isEmpty()) {
                continue;
            }
            // a finding (or, for a Method, the paper's own work), never the background: "3D vision systems
            // are constrained by ..." states a number but is not what the field's original stated
            List<Integer> candidates = stating(wanted, k -> !have.contains(k)
                    && (reportsResult(k) || f == FieldName.METHOD && tagging.role(k) == Role.METHOD));
            List<String> text = fieldText(f);
            for (int k = 0; k < Math.min(3, candidates.size()); k++) {
                List<String> joined = FieldComposer.compose(text, sentences.get(candidates.get(k)), wanted, MAX_FIELD_WORDS);
                if (joined != null && !sharesSentence(f, joined)) {
                    composed.put(f, joined);
                    break;
                }
            }
        }
    }

    /**
     * The sentences that {@code fits} and that are no boilerplate, stating at least one of {@code wanted}: those
     * stating the most first, then in the abstract's order.
     */
    private List<Integer> stating(Set<String> wanted, java.util.function.IntPredicate fits) {
        List<int[]> candidates = new ArrayList<>();
        for (int j = 0; j < sentences.size(); j++) {
            if (boilerplate[j] || !fits.test(j)) {
                continue;
            }
            int count = 0;
            for (String v : facts[j].numbers()) {
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
        return tagging.role(j) == Role.RESULT || outcome[j] || tagging.probability(j, Role.RESULT) >= 0.3;
    }

    /** Whether one of {@code text}'s sentences is, or holds, or sits inside, a sentence of another field. */
    private boolean sharesSentence(FieldName field, List<String> text) {
        List<String> others = new ArrayList<>();
        for (FieldName f : FieldName.values()) {
            if (f != field) {
                others.addAll(f == FieldName.TLDR ? List.of(tldrText == null ? "" : tldrText) : fieldText(f));
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

    /**
     * A field's sentences as served: each with a full stop, the first without an opening connective ("Additionally,
     * ..." opens nothing when what it adds to is not in the field), or as composed ({@link #composeFields}).
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

    /** The TL;DR as written from its sentence (see {@link #bestTldr()}). */
    String tldrText() {
        return tldrText;
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
                total += words[k];
            }
            if (have.size() < GUIDED_SENTENCES && total + words[first - 1] <= GUIDED_MAX_WORDS
                    && freeCount() - 1 >= emptyFieldsBesides(f)) {
                take(f, first - 1);
            }
        }
    }

    /** A piece that may stand as a field: neither boilerplate (links, notes) nor unfit (see {@link #unfit}). */
    static boolean fitToBeField(String sentence) {
        return !SentenceCues.isBoilerplate(sentence) && !unfit(sentence, SentenceCues.words(sentence));
    }

    /**
     * A sentence the summarizer would refuse as a field: one it flags as truncated or leaked markup (an
     * abstract cut off with "...", a closing "Project page:" whose link is gone, a stray "Do-"), one over
     * the field limit, or one in another language (a bilingual abstract's other half). Also a fragment of
     * one or two words without a full stop: an abstract cut mid-word ("Robu"); and a "sentence" without a letter
     * (a list's "3." split off by its full stop).
     */
    private static boolean unfit(String sentence, int words) {
        return words > MAX_FIELD_WORDS || words <= 2 && !endsWithStop(sentence) || sentence.chars().noneMatch(Character::isLetter)
                || SuspectText.reason(sentence).isPresent() || SentenceFrames.readsAsOtherLanguage(sentence);
    }

    private static boolean endsWithStop(String sentence) {
        String t = sentence.strip();
        return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    List<Integer> chosen(FieldName field) {
        List<Integer> idx = chosen.get(field);
        idx.sort(null);
        return idx;
    }

    /** The sentence the TL;DR was made from; what follows it is the paper's own work. */
    private int tldrSource() {
        List<Integer> t = chosen.get(FieldName.TLDR);
        return t.isEmpty() ? -1 : t.getFirst();
    }

    void take(FieldName field, int i) {
        chosen.get(field).add(i);
        used[i] = true;
    }

    private boolean free(int i) {
        return !used[i] && !boilerplate[i];
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
            if (!boilerplate[i] && words[i] >= 6 && tagging.role(i) != Role.RESULT
                    && SentenceCues.statesMainContribution(sentences.get(i))) {
                candidates.add(i);
            }
        }
        FieldFacts tldrFacts = originals.get(FieldName.TLDR);
        if (tldrFacts != null) {
            int[] net = new int[sentences.size()];
            for (int i = 0; i < net.length; i++) {
                net[i] = tldrFacts.score(facts[i]) - soleStatement(i);
            }
            // stable: the earliest of the best-matching contributions first
            candidates.sort((a, b) -> Integer.compare(net[b], net[a]));
            // a complete sentence stating more of what the original TL;DR stated (less what only it states for
            // another field's original, which would lose it) comes before contributions that state less
            int top = candidates.isEmpty() ? 0 : net[candidates.getFirst()];
            int numbered = -1;
            for (int i = 0; i < sentences.size(); i++) {
                if (!boilerplate[i] && words[i] >= 6 && net[i] >= top + GUIDED_MIN_SCORE
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
                    - (boilerplate[i] ? 3.0 : 0.0)
                    - (words[i] < 6 ? 1.0 : 0.0)
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
            if (!boilerplate[i] && words[i] >= 6 && SentenceShape.isComplete(written)) {
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
            if (r == Role.OTHER && words[i] >= 6 || r == Role.RESULT && (generalises[i] || otherResults)) {
                return i;
            }
            return -1;
        }
        return -1;
    }

    private boolean resultLike(int i) {
        return tagging.role(i) == Role.RESULT || outcome[i] && i > tldrSource();
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

    private int freeCount() {
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
            total += words[i];
        }
        int pick = bestOfRoles(field, List.of(roles));
        if (pick >= 0 && total + words[pick] <= MAX_WORDS) {
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
            case MOTIVATION -> (gap[i] ? 1.0 : 0.0) + (tagging.role(i) == Role.BACKGROUND ? 0.4 : 0.0)
                    - 0.1 * position;
            // the paper's own method follows the sentence that announces it
            case METHOD -> tagging.probability(i, Role.METHOD) + afterTldr
                    + (method[i] ? 0.5 : 0.0) - (outcome[i] ? 1.0 : 0.0) - 0.2 * position;
            case RESULT -> (finding[i] || outcome[i] ? 1.0 : 0.0) + tagging.probability(i, Role.RESULT)
                    + afterTldr - 0.2 * position;
            case CONCLUSION -> position + (generalises[i] ? 1.0 : 0.0);
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
            boolean ok = onlyFree ? free(i) : !boilerplate[i] || allBoilerplate();
            if (ok && Math.abs(i - target) < gap) {
                gap = Math.abs(i - target);
                best = i;
            }
        }
        return best;
    }

    private boolean allBoilerplate() {
        for (boolean b : boilerplate) {
            if (!b) {
                return false;
            }
        }
        return true;
    }
}
