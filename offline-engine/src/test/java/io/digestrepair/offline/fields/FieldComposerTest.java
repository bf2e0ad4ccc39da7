package io.digestrepair.offline.fields;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldComposerTest {

    private static final String RESULT = "Experiments on two benchmarks show that RepoLens improves pass@1 by 7.5 points over the "
            + "strongest baseline, which confirms the value of structure.";

    @Test
    void theClauseStatingTheFiguresJoinsTheFieldsLastSentence() {
        List<String> composed = FieldComposer.compose(List.of("Structure-aware retrieval is a promising direction for code agents."),
                RESULT, Set.of("7.5"), 120);
        assertEquals(List.of("Structure-aware retrieval is a promising direction for code agents; RepoLens improves pass@1 by 7.5"
                + " points over the strongest baseline."), composed);
        assertTrue(SentenceShape.isComplete(composed.getFirst()));
    }

    @Test
    void aSentenceThatPointsBackIsPrecededByTheClauseItPointsTo() {
        List<String> composed = FieldComposer.compose(
                List.of("These results suggest that structure-aware retrieval is a promising direction.", "It needs no training."),
                RESULT, Set.of("7.5"), 120);
        assertEquals(List.of("RepoLens improves pass@1 by 7.5 points over the strongest baseline; these results suggest that"
                + " structure-aware retrieval is a promising direction.", "It needs no training."), composed);
    }

    @Test
    void nothingIsComposedFromAWholeSentenceAParticipleOrBeyondTheLimit() {
        List<String> field = List.of("Structure-aware retrieval is a promising direction for code agents.");
        // the clause would be the sentence itself: it would stand in two fields
        assertNull(FieldComposer.compose(field, "RepoLens improves pass@1 by 7.5 points.", Set.of("7.5"), 120));
        // "..., achieving 7.5 points" has no subject of its own after a Conclusion's sentence
        assertNull(FieldComposer.compose(field, "RepoLens ranks the files of a repository by their distance to the edit, achieving"
                + " 7.5 points more pass@1 than the strongest baseline.", Set.of("7.5"), 120));
        // a sentence that does not state the figure
        assertNull(FieldComposer.compose(field, RESULT, Set.of("12"), 120));
        // the field would exceed its word limit
        assertNull(FieldComposer.compose(field, RESULT, Set.of("7.5"), 15));
    }
}
