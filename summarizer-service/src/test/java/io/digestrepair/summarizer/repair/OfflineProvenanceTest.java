package io.digestrepair.summarizer.repair;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.core.wire.FieldRequest;
import io.digestrepair.core.wire.Provenance;
import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.core.wire.SummaryResponse;
import io.digestrepair.offline.OfflineEngine;
import io.digestrepair.summarizer.check.AnswerChecker;
import io.digestrepair.summarizer.metrics.SummarizerMetrics;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the offline engine says it did: never a translation, and why a paper without an abstract gets nothing. */
class OfflineProvenanceTest {

    private static final OfflineEngine ENGINE = OfflineEngine.load();

    private static RepairChain chain(OfflineFallback.Engine engine) {
        return new RepairChain(List.of(), new OfflineFallback(() -> engine), new AnswerChecker(LanguageDetector.shared()),
                Prompts.load("repair-v1"), SummarizerMetrics.none());
    }

    private static RepairPlan plan(String abstractText, Map<FieldName, String[]> fields) {
        Map<String, FieldRequest> wire = new LinkedHashMap<>();
        fields.forEach((f, textAndAction) -> wire.put(f.key(), new FieldRequest(textAndAction[0], Action.valueOf(textAndAction[1]))));
        return new RepairPlanner("en").plan(new SummaryRequest("p1", Chains.TITLE, abstractText, "en", wire));
    }

    @Test
    void aChineseFieldRewrittenFromTheAbstractIsGeneratedWithAWarningNamingTheLanguage() {
        Map<FieldName, String[]> fields = new EnumMap<>(FieldName.class);
        fields.put(FieldName.RESULT, new String[] {"在某些情况下，提高V2V采用率反而可能使事故概率增加12%。", "TRANSLATE"});
        fields.put(FieldName.TLDR, new String[] {"Summary generation failed", "GENERATE"});
        SummaryResponse answer = chain(ENGINE::summarize).repair(plan(Chains.ABSTRACT, fields));

        assertNull(answer.error());
        Provenance result = answer.provenance().get("result");
        assertEquals("offline", result.engine());
        assertEquals(OfflineEngine.modelId(), result.model());
        assertEquals("GENERATE", result.mode(), "the offline engine never translates");
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("not translated") && w.contains("Chinese (zh)")),
                result.warnings().toString());
        // guided by the original: its 12% is the sentence the Result carries
        assertTrue(answer.fields().get("result").contains("12%"), answer.fields().get("result"));
        // a placeholder had no language: no such warning
        assertTrue(answer.provenance().get("tldr").warnings().stream().noneMatch(w -> w.contains("not translated")));
    }

    @Test
    void theEngineIsGivenTheOriginalsOfTheFieldsToReplace() {
        Map<FieldName, String> seen = new EnumMap<>(FieldName.class);
        OfflineFallback.Engine spy = (t, a, originals) -> {
            seen.putAll(originals);
            return ENGINE.summarize(t, a, originals);
        };
        Map<FieldName, String[]> fields = new EnumMap<>(FieldName.class);
        fields.put(FieldName.METHOD, new String[] {"我们研究了3种采用水平。", "TRANSLATE"});
        fields.put(FieldName.TLDR, new String[] {"Error", "GENERATE"});
        fields.put(FieldName.RESULT, new String[] {"Kept English text about road safety.", "KEEP"});
        chain(spy).repair(plan(Chains.ABSTRACT, fields));
        assertEquals(Map.of(FieldName.METHOD, "我们研究了3种采用水平。"), seen, "only what is to be replaced, never the kept text");
    }

    @Test
    void aPaperWithoutAnAbstractGetsNoFieldAndAReason() {
        Map<FieldName, String[]> fields = new EnumMap<>(FieldName.class);
        fields.put(FieldName.TLDR, new String[] {"提出了一种新方法。", "TRANSLATE"});
        SummaryResponse answer = chain(ENGINE::summarize).repair(plan("", fields));
        assertNull(answer.fields());
        assertNotNull(answer.error());
        assertTrue(answer.error().contains("no abstract"), answer.error());
    }
}
