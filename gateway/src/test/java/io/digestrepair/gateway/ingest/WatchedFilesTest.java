package io.digestrepair.gateway.ingest;

import io.digestrepair.core.DigestFormat;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatchedFilesTest {

    @Test
    void digestsAreNamedByTheirStem() {
        var md = WatchedFiles.of("2026-06-09.md").orElseThrow();
        assertEquals("2026-06-09", md.name());
        assertEquals(DigestFormat.MARKDOWN, md.format());
        var jsonl = WatchedFiles.of("2026-06-09_AI_enhanced_Chinese.jsonl").orElseThrow();
        assertEquals("2026-06-09_AI_enhanced_Chinese", jsonl.name());
        assertEquals(DigestFormat.JSONL, jsonl.format());
    }

    @Test
    void otherFilesAreIgnored() {
        for (String f : new String[]{".2026-06-09.md.swp", "2026-06-09.md~", "notes.txt", "#x.md#", "a b.md", ".md",
                "x".repeat(101) + ".md", "...md"}) {
            assertTrue(WatchedFiles.of(f).isEmpty(), f);
        }
    }
}
