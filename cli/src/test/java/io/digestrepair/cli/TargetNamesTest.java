package io.digestrepair.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetNamesTest {

    @Test
    void englishNameOfAFileNamedAfterAnotherLanguage() {
        assertEquals(Optional.of("2026-06-16_AI_enhanced_English.jsonl"), TargetNames.english("2026-06-16_AI_enhanced_Chinese.jsonl"));
        assertEquals(Optional.empty(), TargetNames.english("2026-06-16_AI_enhanced_English.jsonl"));
        assertEquals(Optional.empty(), TargetNames.english("2026-06-16.md"));
        assertTrue(TargetNames.targetIsEnglish(null));
        assertTrue(TargetNames.targetIsEnglish("English"));
        assertTrue(TargetNames.targetIsEnglish("en"));
        assertFalse(TargetNames.targetIsEnglish("Chinese"));
    }

    @Test
    void theDaysCrawlIsNamedByItsDay() {
        assertTrue(DigestFile.looksLikeCrawl(Path.of("data/2026-06-16.jsonl")));
        assertFalse(DigestFile.looksLikeCrawl(Path.of("data/2026-06-16_AI_enhanced_Chinese.jsonl")));
        assertFalse(DigestFile.looksLikeCrawl(Path.of("data/2026-06-16.md")));
    }
}
