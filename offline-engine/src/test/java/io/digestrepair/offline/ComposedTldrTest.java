package io.digestrepair.offline;

import io.digestrepair.core.FieldName;
import io.digestrepair.offline.fields.SentenceShape;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A TL;DR whose original restates the Result's figure carries it without a sentence in two fields. */
class ComposedTldrTest {

    private static final OfflineEngine ENGINE = OfflineEngine.load();
    /** Written for this test. */
    private static final String ABSTRACT = "Agents built on language models drift from the user's goal over long horizons. "
            + "Existing memory modules store the dialogue but do not check planned actions against it. "
            + "We propose GoalKeeper, a memory module that tracks the constraints a user states. "
            + "GoalKeeper extracts each constraint into a structured slot and checks every planned action against the slots. "
            + "Experiments on three agent benchmarks show that GoalKeeper raises the task success rate by 12 points, "
            + "which confirms the value of explicit constraints. "
            + "Constraint tracking is thus a cheap way to keep agents on task.";

    @Test
    void theTldrTakesThePartOfTheResultSentenceThatStatesTheOriginalsFigure() {
        Map<FieldName, String> originals = Map.of(
                FieldName.TLDR, "GoalKeeper是一个跟踪用户约束的记忆模块，任务成功率提高12个百分点。",
                FieldName.RESULT, "在三个智能体基准上，任务成功率提高12个百分点。");
        Map<FieldName, String> fields = ENGINE.summarize("GoalKeeper", ABSTRACT, originals);
        String tldr = fields.get(FieldName.TLDR);
        assertTrue(tldr.contains("12 points"), tldr);
        assertTrue(SentenceShape.isComplete(tldr), tldr);
        assertTrue(fields.get(FieldName.RESULT).contains("12 points"), "the Result keeps its sentence: " + fields);
        assertFalse(fold(tldr).contains(fold(fields.get(FieldName.RESULT))), "the Result's sentence is not copied: " + fields);
        // without originals the TL;DR is the contribution sentence alone, as before
        assertEquals("GoalKeeper is a memory module that tracks the constraints a user states.",
                ENGINE.summarize("GoalKeeper", ABSTRACT).get(FieldName.TLDR));
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
    }
}
