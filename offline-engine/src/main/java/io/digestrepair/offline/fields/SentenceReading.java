package io.digestrepair.offline.fields;

import io.digestrepair.core.text.SentenceFrames;
import io.digestrepair.core.text.SuspectText;
import io.digestrepair.offline.role.Role;
import io.digestrepair.offline.role.RoleTagging;

import java.util.ArrayList;
import java.util.List;

import static io.digestrepair.offline.fields.FieldAssembler.MAX_FIELD_WORDS;

/**
 * What one sentence of the abstract is, read once: the choices of a {@link Selection} consult it many times.
 *
 * @param words       its words ({@link SentenceCues#words})
 * @param boilerplate never a field while other sentences remain: links and notes, and sentences unfit to stand
 *                    as a field ({@link #fitToBeField})
 * @param gap         a background or objective sentence that states what is missing ("however, ...")
 * @param generalises a result or closing sentence that draws the lesson
 * @param finding     a result sentence that reports a finding
 * @param method      a method sentence that describes the paper's own method
 * @param outcome     a method-tagged sentence that reports outcomes: a result the tagger placed too early
 * @param facts       the numbers and terms it states, when there are originals to match them against
 */
record SentenceReading(int words, boolean boilerplate, boolean gap, boolean generalises, boolean finding,
                       boolean method, boolean outcome, FieldFacts facts) {

    static List<SentenceReading> of(List<String> sentences, RoleTagging tagging, boolean withFacts) {
        List<SentenceReading> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            int words = SentenceCues.words(s);
            Role r = tagging.role(i);
            out.add(new SentenceReading(words,
                    SentenceCues.isBoilerplate(s) || unfit(s, words),
                    (r == Role.BACKGROUND || r == Role.OBJECTIVE) && SentenceCues.statesGap(s),
                    (r == Role.RESULT || r == Role.OTHER) && SentenceCues.generalises(s),
                    r == Role.RESULT && SentenceCues.reportsFinding(s),
                    r == Role.METHOD && SentenceCues.describesMethod(s),
                    r == Role.METHOD && tagging.probability(i, Role.RESULT) >= 0.15 && SentenceCues.measuresOutcome(s),
                    withFacts ? FieldFacts.ofSentence(s) : FieldFacts.NONE));
        }
        return out;
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
}
