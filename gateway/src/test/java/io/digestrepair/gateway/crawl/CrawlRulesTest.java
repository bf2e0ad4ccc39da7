package io.digestrepair.gateway.crawl;

import io.digestrepair.core.Action;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.gateway.ingest.EnglishNames;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrawlRulesTest {

    @Test
    void theDayComesFromThePipelinesNames() {
        assertEquals(Optional.of(LocalDate.of(2026, 6, 16)), DigestDate.of("2026-06-16"));
        assertEquals(Optional.of(LocalDate.of(2026, 6, 16)), DigestDate.of("2026-06-16_AI_enhanced_Chinese"));
        assertEquals(Optional.empty(), DigestDate.of("digest"));
        assertEquals(Optional.empty(), DigestDate.of("2026-13-45"));
        assertEquals(Optional.empty(), DigestDate.of("2026-06-160"));
    }

    private static Paper paper(String id, int line) {
        return new Paper(line - 1, id, "T", null, List.of(), "cs.CV", "A.", Action.KEEP, Map.of(), line);
    }

    @Test
    void aCrawlOfAnotherMonthIsTold() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        // early in a month the crawl holds the month before's submissions too
        assertTrue(CrawlService.otherDay(day, List.of(paper("2606.00001", 1), paper("2605.09999", 2))).isEmpty());
        assertTrue(CrawlService.otherDay(day, List.of(paper("2606.00001", 1), paper("2502.00001", 2), paper("2606.00002", 3))).isEmpty(),
                "one old replacement among the day's papers");
        assertEquals("2604.00001", CrawlService.otherDay(day, List.of(paper("2604.00001", 1), paper("2604.00002", 2)))
                .orElseThrow().id());
        assertTrue(CrawlService.otherDay(day, List.of(paper("hep-th/9901001", 1))).isEmpty(), "old-style ids carry no month to judge");
    }

    @Test
    void englishNamesFollowThePipelinesPattern() {
        assertEquals(Optional.of("2026-06-16_AI_enhanced_English.jsonl"), EnglishNames.of("2026-06-16_AI_enhanced_Chinese.jsonl"));
        assertEquals(Optional.of("2026-06-16_AI_enhanced_English.jsonl"), EnglishNames.of("2026-06-16_AI_enhanced_Japanese.jsonl"));
        assertEquals(Optional.empty(), EnglishNames.of("2026-06-16_AI_enhanced_English.jsonl"));
        assertEquals(Optional.empty(), EnglishNames.of("2026-06-16.jsonl"));
        assertEquals(Optional.empty(), EnglishNames.of("2026-06-16.md"));
    }
}
