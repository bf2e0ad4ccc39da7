package io.digestrepair.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DigestFileTest {

    private static DigestFile of(String file, String content) {
        return DigestFile.of(Path.of("in", file), content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nameIsTheFileNameWithoutExtension() {
        DigestFile md = of("2026-06-09.md", "<div id=toc></div>");
        assertEquals("2026-06-09", md.name());
        assertEquals(DigestFile.Format.MARKDOWN, md.format());
        DigestFile jsonl = of("2026-06-09_AI_enhanced_Chinese.jsonl", "{\"id\":1}");
        assertEquals("2026-06-09_AI_enhanced_Chinese", jsonl.name());
        assertEquals(DigestFile.Format.JSONL, jsonl.format());
    }

    @Test
    void charactersTheGatewayRefusesBecomeDashes() {
        assertEquals("my-digest--2-", of("my digest (2).md", "x").name());
    }

    @Test
    void unknownExtensionIsSniffed() {
        assertEquals(DigestFile.Format.JSONL, of("seed.txt", "\n  {\"id\": \"1\"}").format());
        assertEquals(DigestFile.Format.MARKDOWN, of("seed.txt", "<div id=toc></div>").format());
    }

    @Test
    void longNamesAreCut() {
        assertEquals(100, of("a".repeat(150) + ".md", "x").name().length());
    }
}
