package io.digestrepair.offline.fields;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.text.SentenceFrames;
import io.digestrepair.core.text.SuspectText;
import io.digestrepair.offline.role.Role;
import io.digestrepair.offline.role.RoleTagging;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the abstract's sentences for each field from their roles: Motivation from background
 * and objective, Method from method, Result from result, Conclusion from the closing implication,
 * TL;DR from the main objective or method sentence. Every field gets a sentence even when its
 * role is missing (the nearest unused sentence by position), and no sentence serves two fields
 * while unused ones remain. Stateless and thread-safe.
 */
public final class FieldAssembler {

    /**
     * The longest field the summarizer accepts (its {@code AnswerChecker}, 120 words, counting every
     * whitespace-separated token as this engine does): a sentence longer than this is never a field
     * while others remain, since a field is whole sentences and is never cut mid-way.
     */
    public static final int MAX_FIELD_WORDS = 120;
    /** At most this many sentences in Motivation, Method and Result: a field is a summary, not a copy. */
    private static final int MAX_SENTENCES = 2;
    /** A second sentence is added only while the field stays within this many words. */
    private static final int MAX_WORDS = 70;

    /** Where a field's sentences sit in a typical abstract (0 first, 1 last): the fallback's target. */
    private static final Map<FieldName, Double> ANCHOR = Map.of(
            FieldName.TLDR, 0.3, FieldName.MOTIVATION, 0.0, FieldName.METHOD, 0.5,
            FieldName.RESULT, 0.8, FieldName.CONCLUSION, 1.0);

    /**
     * The chosen sentences.
     *
     * @param text    the field's text per field
     * @param sources the indices of the sentences each field was taken from, in abstract order
     */
    public record Assembly(Map<FieldName, String> text, Map<FieldName, List<Integer>> sources) {
    }

    public Assembly assemble(List<String> sentences, RoleTagging tagging) {
        int n = sentences.size();
        if (n == 0) {
            throw new IllegalArgumentException("no sentences to assemble fields from");
        }
        Selection sel = new Selection(sentences, tagging);

        int tldr = sel.bestTldr();
        sel.take(FieldName.TLDR, tldr);
        int conclusion = sel.closingImplication();
        if (conclusion >= 0) {
            sel.take(FieldName.CONCLUSION, conclusion);
        }
        sel.fill(FieldName.RESULT, List.of(Role.RESULT));
        sel.fill(FieldName.METHOD, List.of(Role.METHOD));
        sel.fill(FieldName.MOTIVATION, List.of(Role.BACKGROUND, Role.OBJECTIVE));
        if (conclusion < 0 && sel.hasFree(Role.OTHER)) {
            sel.fill(FieldName.CONCLUSION, List.of(Role.OTHER));
        }
        // second sentences before a Conclusion that has no closing sentence of its own, so that Method
        // and Result keep their best; one free sentence stays for the Conclusion
        int reserve = sel.chosen(FieldName.CONCLUSION).isEmpty() ? 1 : 0;
        sel.extend(FieldName.RESULT, reserve, Role.RESULT);
        sel.extend(FieldName.METHOD, reserve, Role.METHOD);
        sel.extend(FieldName.MOTIVATION, reserve, Role.BACKGROUND, Role.OBJECTIVE);
        if (sel.chosen(FieldName.CONCLUSION).isEmpty()) {
            sel.fill(FieldName.CONCLUSION, List.of(Role.OTHER));
        }

        Map<FieldName, String> text = new EnumMap<>(FieldName.class);
        Map<FieldName, List<Integer>> sources = new EnumMap<>(FieldName.class);
        for (FieldName f : FieldName.values()) {
            List<Integer> idx = sel.chosen(f);
            sources.put(f, List.copyOf(idx));
            if (f == FieldName.TLDR) {
                text.put(f, TldrWriter.write(sentences.get(idx.getFirst())));
            } else {
                List<String> parts = new ArrayList<>(idx.size());
                idx.forEach(i -> parts.add(withFullStop(sentences.get(i))));
                text.put(f, String.join(" ", parts));
            }
        }
        return new Assembly(text, sources);
    }

    /**
     * The sentence with a full stop when it ends on a word, a number or a bracket (a run-on abstract's
     * sentences, an abstract's unpunctuated last sentence), so that two of them read as two. Nothing is removed.
     */
    static String withFullStop(String sentence) {
        String t = sentence.strip();
        if (t.isEmpty()) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        boolean bracket = (last == ')' || last == ']') && ".!?".indexOf(t.charAt(Math.max(0, t.length() - 2))) < 0;
        return Character.isLetterOrDigit(last) || last == '%' || bracket ? t + "." : t;
    }

    /** The bookkeeping of one assembly: which sentence went where. */
    private static final class Selection {
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

        Selection(List<String> sentences, RoleTagging tagging) {
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
            }
        }

        /**
         * A sentence the summarizer would refuse as a field: one it flags as truncated or leaked markup (an
         * abstract cut off with "...", a closing "Project page:" whose link is gone, a stray "Do-"), one over
         * the field limit, or one in another language (a bilingual abstract's other half). Also a fragment of
         * one or two words without a full stop: an abstract cut mid-word ("Robu").
         */
        private static boolean unfit(String sentence, int words) {
            return words > MAX_FIELD_WORDS || words <= 2 && !endsWithStop(sentence)
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

        /** The sentence that best states what the paper does: its first main contribution, else the likeliest objective. */
        int bestTldr() {
            for (int i = 0; i < sentences.size(); i++) {
                if (!boilerplate[i] && words[i] >= 6 && tagging.role(i) != Role.RESULT
                        && SentenceCues.statesMainContribution(sentences.get(i))) {
                    return i;
                }
            }
            int best = -1;
            double top = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < sentences.size(); i++) {
                String s = sentences.get(i);
                double score = tagging.probability(i, Role.OBJECTIVE) + 0.5 * tagging.probability(i, Role.METHOD)
                        + (SentenceCues.statesContribution(s) ? 1.0 : 0.0)
                        - (boilerplate[i] ? 3.0 : 0.0)
                        - (words[i] < 6 ? 1.0 : 0.0)
                        - 0.05 * i;
                if (score > top) {
                    top = score;
                    best = i;
                }
            }
            return best;
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
}
