package io.digestrepair.offline.fields;

import io.digestrepair.core.FieldName;
import io.digestrepair.offline.role.Role;
import io.digestrepair.offline.role.RoleTagging;

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

    /**
     * The chosen sentences.
     *
     * @param text    the field's text per field
     * @param sources the indices of the sentences each field was taken from, in abstract order
     */
    public record Assembly(Map<FieldName, String> text, Map<FieldName, List<Integer>> sources) {
    }

    public Assembly assemble(List<String> sentences, RoleTagging tagging) {
        return assemble(sentences, tagging, Map.of());
    }

    /**
     * @param originals what each field said before, in another language (the fields to be replaced): the
     *                  sentences stating their numbers and terms ({@link FieldFacts}) go to the fields that stated
     *                  them; the other fields, and ties, are chosen by role as without originals
     */
    public Assembly assemble(List<String> sentences, RoleTagging tagging, Map<FieldName, String> originals) {
        int n = sentences.size();
        if (n == 0) {
            throw new IllegalArgumentException("no sentences to assemble fields from");
        }
        Selection sel = new Selection(sentences, tagging, originals);

        int tldr = sel.bestTldr();
        sel.take(FieldName.TLDR, tldr);
        Guidance.guide(sel);
        int conclusion = sel.chosen(FieldName.CONCLUSION).isEmpty() ? sel.closingImplication() : -1;
        if (conclusion >= 0) {
            sel.take(FieldName.CONCLUSION, conclusion);
        }
        sel.fill(FieldName.RESULT, List.of(Role.RESULT));
        sel.fill(FieldName.METHOD, List.of(Role.METHOD));
        sel.fill(FieldName.MOTIVATION, List.of(Role.BACKGROUND, Role.OBJECTIVE));
        if (sel.chosen(FieldName.CONCLUSION).isEmpty() && sel.hasFree(Role.OTHER)) {
            sel.fill(FieldName.CONCLUSION, List.of(Role.OTHER));
        }
        // second sentences before a Conclusion that has no closing sentence of its own, so that Method
        // and Result keep their best; one free sentence stays for the Conclusion
        int reserve = sel.chosen(FieldName.CONCLUSION).isEmpty() ? 1 : 0;
        sel.extend(FieldName.RESULT, reserve, Role.RESULT);
        sel.extend(FieldName.METHOD, reserve, Role.METHOD);
        sel.extend(FieldName.MOTIVATION, reserve, Role.BACKGROUND, Role.OBJECTIVE);
        sel.fill(FieldName.CONCLUSION, List.of(Role.OTHER));
        sel.antecedents();
        FigureComposition figures = new FigureComposition(sel);
        figures.composeTldr();
        figures.composeFields(FieldName.CONCLUSION, FieldName.METHOD, FieldName.RESULT, FieldName.MOTIVATION);

        Map<FieldName, String> text = new EnumMap<>(FieldName.class);
        Map<FieldName, List<Integer>> sources = new EnumMap<>(FieldName.class);
        for (FieldName f : FieldName.values()) {
            List<Integer> idx = sel.chosen(f);
            sources.put(f, List.copyOf(idx));
            if (f == FieldName.TLDR) {
                text.put(f, sel.tldrText());
            } else {
                text.put(f, String.join(" ", sel.fieldText(f)));
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
}
