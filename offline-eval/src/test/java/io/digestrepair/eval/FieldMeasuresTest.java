package io.digestrepair.eval;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.FieldStatus;
import io.digestrepair.core.wire.Field;
import io.digestrepair.core.wire.Paper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldMeasuresTest {

    private static final String ABSTRACT = "Summaries of long documents often misstate numbers. "
            + "We introduce NumFaith, a benchmark of 4,800 summaries with every numeric statement annotated. "
            + "Across 12 systems, about 23% of numeric statements are wrong, and the best system still errs on 9.5% of them.";

    private final FieldMeasures measures = new FieldMeasures();

    private static Paper paper(Map<String, Field> fields) {
        return new Paper(0, "x", "NumFaith", null, List.of(), "cs.CL", ABSTRACT, Action.TRANSLATE, fields, 1);
    }

    private static Field zh(String text) {
        return new Field(text, FieldStatus.NON_TARGET_LANGUAGE, "zh", Action.TRANSLATE, null);
    }

    @Test
    void numbersCarriedCountsTheOriginalsNumbersTheAbstractStatesAndTheFieldKeeps() {
        // the abstract states 12 and 23%, but 4,800 summaries, not 4.8万 (48,000)
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("result", zh("在12个系统上，约23%的数值陈述有误，共4.8万条。"));
        PaperScore carried = measures.score(paper(fields), Map.of("result", "Across 12 systems, about 23% of numeric statements are wrong."));
        assertEquals(2, carried.numbersStated(), "12 and 23 are in the abstract, 48,000 is not");
        assertEquals(2, carried.numbersCarried());
        PaperScore lost = measures.score(paper(fields), Map.of("result", "Summaries of long documents often misstate numbers."));
        assertEquals(2, lost.numbersStated());
        assertEquals(0, lost.numbersCarried());
        assertTrue(lost.notes().getFirst().startsWith("numbers: result lost"), lost.notes().toString());
    }

    @Test
    void aMagnitudeIsReadByValue() {
        assertEquals(new FieldMeasures.NumberCount(1, 1, List.of()),
                FieldMeasures.numbers("共4.8万条摘要", Set.of("48000"), "It has 48,000 summaries."));
    }

    @Test
    void aFragmentTldrIsCounted() {
        Map<String, Field> fields = Map.of("tldr", zh("本文提出NumFaith基准。"));
        assertTrue(measures.score(paper(fields), Map.of("tldr", "NumFaith, a benchmark of 4,800 summaries.")).tldrFragment());
        assertFalse(measures.score(paper(fields), Map.of("tldr", "NumFaith is a benchmark of 4,800 summaries.")).tldrFragment());
    }

    @Test
    void aSentenceInTwoFieldsIsARepeatAndSoIsATldrCutFromAnotherFieldsSentence() {
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("tldr", zh("提出NumFaith。"));
        fields.put("method", zh("标注了数值陈述。"));
        fields.put("result", zh("约23%有误。"));
        String s = "We introduce NumFaith, a benchmark of 4,800 summaries with every numeric statement annotated.";
        assertTrue(measures.score(paper(fields), Map.of("tldr", "We introduce NumFaith.", "method", s, "result", s)).repeated());
        assertTrue(measures.score(paper(fields), Map.of("tldr", "NumFaith is a benchmark of 4,800 summaries with every numeric statement.",
                "method", "NumFaith is a benchmark of 4,800 summaries with every numeric statement annotated.", "result", "About 23% are wrong.")).repeated());
        assertFalse(measures.score(paper(fields), Map.of("tldr", "We introduce NumFaith.", "method", s,
                "result", "Across 12 systems, about 23% of numeric statements are wrong.")).repeated(), "a short TL;DR inside a sentence is no copy");
    }

    @Test
    void aClauseLentToTwoFieldsIsARepeatOneLentToOneIsNot() {
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("tldr", zh("提出NumFaith，约23%有误。"));
        fields.put("result", zh("约23%有误。"));
        fields.put("conclusion", zh("约23%有误，数字仍是难点。"));
        String result = "Across 12 systems, about 23% of numeric statements are wrong, and the best system still errs on 9.5% of them.";
        String lent = "about 23% of numeric statements are wrong, and the best system still errs";
        // the sentence whole in the Result, its clause in the TL;DR: the composition the engine makes
        assertFalse(measures.score(paper(fields), Map.of("tldr", "NumFaith is a benchmark; " + lent + ".", "result", result,
                "conclusion", "Numbers remain hard for summarizers.")).repeated());
        // the same clause in the Conclusion too: said twice
        PaperScore twice = measures.score(paper(fields), Map.of("tldr", "NumFaith is a benchmark; " + lent + ".", "result", result,
                "conclusion", "Numbers remain hard for summarizers; " + lent + "."));
        assertTrue(twice.repeated());
        assertTrue(twice.notes().stream().anyMatch(n -> n.contains("in three fields")), twice.notes().toString());
    }

    @Test
    void aFieldLeftEmptyOrNotEnglishIsLeft() {
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("tldr", zh("提出NumFaith。"));
        fields.put("result", zh("约23%有误。"));
        PaperScore s = measures.score(paper(fields), Map.of("tldr", "本文提出NumFaith基准。"));
        assertEquals(2, s.fieldsToRepair());
        assertEquals(2, s.fieldsLeft(), "one not English, one absent");
    }
}
