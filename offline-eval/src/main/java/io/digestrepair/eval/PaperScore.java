package io.digestrepair.eval;

import java.util.List;

/**
 * What {@link FieldMeasures} found in one repaired paper.
 *
 * @param numbersStated  distinct numbers of the fields' originals (fields repaired from another language)
 *                       that the abstract states too
 * @param numbersCarried of those, the ones the English field that replaced the original states
 * @param tldrWritten    whether the TL;DR was repaired (and so judged)
 * @param tldrFragment   whether that TL;DR is a fragment ({@code SentenceShape})
 * @param repeated       whether a sentence stands in two fields of the paper
 * @param fieldsToRepair fields the digest needed repaired
 * @param fieldsLeft     of those, the ones left empty or not in English
 * @param notes          what went wrong, for {@code --examples}: "numbers: ...", "fragment: ...", ...
 * @param statedByField  {@code numbersStated} per field, in {@code FieldName} order
 * @param carriedByField {@code numbersCarried} per field
 * @param numbersCarriable of {@code numbersStated}, how many could be carried without a sentence in two fields
 */
public record PaperScore(int numbersStated, int numbersCarried, boolean tldrWritten, boolean tldrFragment,
                         boolean repeated, int fieldsToRepair, int fieldsLeft, List<String> notes,
                         int[] statedByField, int[] carriedByField, int numbersCarriable) {

    public PaperScore {
        notes = List.copyOf(notes);
    }
}
