package io.digestrepair.gateway.serve;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.FieldStatus;
import io.digestrepair.core.wire.Field;
import io.digestrepair.core.wire.Provenance;
import io.digestrepair.gateway.repair.RepairedPaper;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageModelsTest {

    @Test
    void onlyHttpLinksAreLinks() {
        assertEquals("https://arxiv.org/abs/2606.07558", PageModels.safeUrl("https://arxiv.org/abs/2606.07558"));
        assertNull(PageModels.safeUrl("javascript:alert(1)"));
        assertNull(PageModels.safeUrl("JaVaScRiPt:alert(1)"));
        assertNull(PageModels.safeUrl("data:text/html,<script>alert(1)</script>"));
        assertNull(PageModels.safeUrl("//evil.example/x"));
        assertNull(PageModels.safeUrl("http://"));
        assertNull(PageModels.safeUrl(null));
    }

    @Test
    void theBarSplitsOneHundredUnitsByStatus() {
        var bar = PageModels.bar(new StatusCounts(1, 2, 1, 0));
        assertEquals(3, bar.segments().size());
        assertEquals("0.000", bar.segments().get(0).x());
        assertEquals("25.000", bar.segments().get(0).width());
        assertEquals("25.000", bar.segments().get(1).x());
        assertEquals("50.000", bar.segments().get(1).width());
        assertEquals("75.000", bar.segments().get(2).x());
        assertEquals("1 ok, 2 repaired, 1 needs repair", bar.summary());
        assertEquals("no papers", PageModels.bar(new StatusCounts(0, 0, 0, 0)).summary());
    }

    @Test
    void aRepairedFieldShowsItsNewTextTheOriginalAndBadges() {
        Field zh = new Field("提出了新方法", FieldStatus.NON_TARGET_LANGUAGE, "zh", Action.TRANSLATE, List.of(0L, 5L));
        var llm = new SummarizerInfo("openai", "gpt-4o-mini", "repair-v1");
        RepairedPaper entry = new RepairedPaper("k", "c", llm, Map.of("tldr", "A new method."),
                Map.of("tldr", new Provenance("offline", "extractive", "TRANSLATE", "offline-v1", 3, List.of("LLM failed"))), Instant.now());

        var card = PageModels.field(FieldName.TLDR, zh, entry, llm);

        assertEquals("A new method.", card.text());
        assertEquals("提出了新方法", card.original());
        assertTrue(card.repaired());
        var labels = card.badges().stream().map(PageViews.Badge::label).toList();
        assertEquals(List.of("from the abstract", "offline fallback", "offline · extractive"), labels);
    }

    @Test
    void onlyATranslationIsCalledTranslated() {
        Field zh = new Field("提出了新方法", FieldStatus.NON_TARGET_LANGUAGE, "zh", Action.TRANSLATE, List.of(0L, 5L));
        var llm = new SummarizerInfo("openai", "gpt-4o-mini", "repair-v1");
        RepairedPaper translated = new RepairedPaper("k", "c", llm, Map.of("tldr", "A new method."),
                Map.of("tldr", new Provenance("openai", "gpt-4o-mini", "TRANSLATE", "repair-v1", 1, List.of())), Instant.now());
        var t = PageModels.field(FieldName.TLDR, zh, translated, llm).badges().getFirst();
        assertEquals("translated", t.label());
        assertEquals("translated from zh", t.title());

        // the offline engine's answer for a Chinese field: mode GENERATE, with a warning naming the language
        var offline = new SummarizerInfo("offline", "extractive/2/abc", "none");
        RepairedPaper fromAbstract = new RepairedPaper("k", "c", offline, Map.of("tldr", "We propose a new method."),
                Map.of("tldr", new Provenance("offline", "extractive/2/abc", "GENERATE", "none", 0,
                        List.of("not translated: the original was in Chinese (zh); the offline engine wrote this field from the abstract's sentences"))),
                Instant.now());
        var card = PageModels.field(FieldName.TLDR, zh, fromAbstract, offline);
        var badge = card.badges().getFirst();
        assertEquals("from the abstract", badge.label());
        assertEquals("from-abstract", badge.css());
        assertEquals("written from the abstract, not translated from zh", badge.title(), "names the original language");
        assertTrue(card.badges().stream().noneMatch(b -> b.label().contains("translated")), card.badges().toString());
        assertEquals("提出了新方法", card.original(), "the original one click away");
    }

    @Test
    void theOfflineEngineIsAFallbackOnlyWhenSomethingElseWasMeantToWrite() {
        Field zh = new Field("提出了新方法", FieldStatus.NON_TARGET_LANGUAGE, "zh", Action.TRANSLATE, List.of(0L, 5L));
        Provenance offline = new Provenance("offline", "extractive", "TRANSLATE", "offline-v1", 0, List.of());
        for (SummarizerInfo configured : List.of(SummarizerInfo.unknown(), new SummarizerInfo("offline", "extractive", "offline-v1"))) {
            RepairedPaper entry = new RepairedPaper("k", "c", configured, Map.of("tldr", "A new method."), Map.of("tldr", offline), Instant.now());
            var labels = PageModels.field(FieldName.TLDR, zh, entry, null).badges().stream().map(PageViews.Badge::label).toList();
            assertEquals(List.of("from the abstract", "offline · extractive"), labels, configured.toString());
        }
        Provenance said = new Provenance("offline", "extractive", "TRANSLATE", "offline-v1", 2, List.of("fallback to offline engine"));
        RepairedPaper entry = new RepairedPaper("k", "c", SummarizerInfo.unknown(), Map.of("tldr", "A new method."), Map.of("tldr", said), Instant.now());
        assertTrue(PageModels.field(FieldName.TLDR, zh, entry, null).badges().stream().anyMatch(b -> b.label().equals("offline fallback")));
    }

    @Test
    void aFieldNotYetRepairedSaysWhatIsWrong() {
        Field placeholder = new Field("Summary generation failed", FieldStatus.PLACEHOLDER, "en", Action.GENERATE, List.of(0L, 5L));
        var card = PageModels.field(FieldName.TLDR, placeholder, null, null);
        assertEquals("Summary generation failed", card.text());
        assertTrue(card.problem().contains("placeholder"));
        assertTrue(card.badges().isEmpty());
    }
}
