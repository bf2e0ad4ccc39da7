package io.digestrepair.parser;

import io.digestrepair.core.Action;
import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.FieldStatus;
import io.digestrepair.core.SharedData;
import io.digestrepair.core.text.FieldDiagnoser;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.core.text.Placeholders;
import io.digestrepair.core.wire.Field;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.parser.diagnosis.DigestDiagnosis;
import io.digestrepair.parser.digest.ParsedDigest;
import io.digestrepair.parser.format.DigestFormats;
import io.digestrepair.parser.render.Renderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole shared corpus: every file reads, renders back byte for byte, and the counts are the documented ones. */
class CorpusTest {

    private static final DigestDiagnosis DIAGNOSIS = new DigestDiagnosis(new FieldDiagnoser("en", LanguageDetector.shared()));

    /** Papers of the Markdown corpus, with the file they came from. */
    private record Read(String file, Paper paper) {
    }

    private static final List<Read> MARKDOWN = new ArrayList<>();
    private static int markdownFiles;

    @BeforeAll
    static void readMarkdownCorpus() throws IOException {
        List<Path> files = list(SharedData.require(SharedData.markdownDigests()), ".md");
        markdownFiles = files.size();
        long bytes = 0;
        for (Path file : files) {
            byte[] source = Files.readAllBytes(file);
            bytes += source.length;
            ParsedDigest digest = DigestFormats.read(source, DigestFormat.MARKDOWN);
            assertTrue(digest.problems().isEmpty(), file + ": " + digest.problems());
            assertArrayEquals(source, Renderer.render(digest, List.of()), file + " zero-edit render");
            assertArrayEquals(source, Renderer.render(DigestFormats.readPositions(source, DigestFormat.MARKDOWN), List.of()));
            ParseResult result = DIAGNOSIS.diagnose(digest);
            for (Paper p : result.papers()) {
                MARKDOWN.add(new Read(file.getFileName().toString(), p));
            }
        }
        assertEquals(109_358_447L, bytes, "corpus size");
    }

    @Test
    void markdownCorpusHasTheDocumentedPapers() {
        assertEquals(184, markdownFiles);
        assertEquals(37_877, MARKDOWN.size());
        long allChinese = MARKDOWN.stream().filter(r -> allFields(r.paper(), FieldStatus.NON_TARGET_LANGUAGE, "zh")).count();
        assertEquals(37_816, allChinese);
    }

    /** Titles are short technical English, the text Lingua alone gets wrong one time in twenty. */
    @Test
    void paperTitlesReadAsEnglish() {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < MARKDOWN.size(); i += 10) {
            titles.add(MARKDOWN.get(i).paper().title());
        }
        List<String> notEnglish = titles.stream().filter(t -> !LanguageDetector.shared().detect(t).equals("en")).toList();
        assertTrue(notEnglish.size() * 200 <= titles.size(), notEnglish.size() + " of " + titles.size() + ": " + notEnglish);
    }

    @Test
    void placeholderPapersAreWhereTheReadmeSays() {
        List<Read> failed = MARKDOWN.stream().filter(r -> allPlaceholders(r.paper())).toList();
        assertEquals(59, failed.size());
        TreeSet<String> days = new TreeSet<>();
        for (Read r : failed) {
            days.add(r.file().replace(".md", ""));
            assertEquals("Summary generation failed", r.paper().fields().get("tldr").text());
            assertEquals(Action.GENERATE, r.paper().action());
        }
        assertEquals(new TreeSet<>(List.of("2026-03-20", "2026-04-15", "2026-05-11", "2026-05-17", "2026-05-21",
                "2026-06-02", "2026-06-08", "2026-06-09", "2026-06-28")), days);
    }

    @Test
    void theTwoHalfEnglishPapersAreFlaggedOnExactlyTheirChineseFields() {
        List<Read> mixed = MARKDOWN.stream()
                .filter(r -> !allFields(r.paper(), FieldStatus.NON_TARGET_LANGUAGE, "zh") && !allPlaceholders(r.paper()))
                .toList();
        assertEquals(2, mixed.size(), () -> mixed.stream().map(r -> r.file() + " " + r.paper().title()).toList().toString());
        Map<String, Paper> byFile = new TreeMap<>();
        mixed.forEach(r -> byFile.put(r.file(), r.paper()));

        Paper planning = byFile.get("2026-02-12.md");
        assertTrue(planning.title().startsWith("Abstraction Generation for Generalized Planning"), planning.title());
        assertOnlyEnglish(planning, "tldr");

        Paper vlm = byFile.get("2026-05-11.md");
        assertEquals("From Pixels to Prompts: Vision-Language Models", vlm.title());
        assertEquals("a clear mental map of Vision-Language Models", vlm.fields().get("result").text());
        assertOnlyEnglish(vlm, "result");
    }

    @Test
    void jsonLinesPerDayCountsAreTheDocumentedOnes() throws IOException {
        Map<String, int[]> expected = Map.of(
                "2025-10-09", new int[]{183, 2, 0},
                "2026-03-20", new int[]{228, 2, 0},
                "2026-05-11", new int[]{246, 1, 1},
                "2026-06-09", new int[]{381, 1, 0});
        List<Path> files = list(SharedData.require(SharedData.jsonLinesDigests()), ".jsonl");
        assertEquals(4, files.size());
        for (Path file : files) {
            byte[] source = Files.readAllBytes(file);
            ParsedDigest digest = DigestFormats.read(source, DigestFormats.sniff(source));
            assertEquals(DigestFormat.JSONL, digest.format());
            assertArrayEquals(source, Renderer.render(digest, List.of()), file + " zero-edit render");
            ParseResult result = DIAGNOSIS.diagnose(digest);
            int[] want = expected.get(file.getFileName().toString().substring(0, 10));
            List<Paper> papers = result.papers();
            assertEquals(want[0], papers.size(), file.toString());
            assertEquals(want[1], papers.stream().filter(CorpusTest::allPlaceholders).count(), file + " all-placeholder");
            List<Paper> englishResult = papers.stream()
                    .filter(p -> p.fields().get("result").status() == FieldStatus.OK).toList();
            assertEquals(want[2], englishResult.size(), file + " English result");
            englishResult.forEach(p -> assertOnlyEnglish(p, "result"));
            long chinese = papers.stream().filter(p -> allFields(p, FieldStatus.NON_TARGET_LANGUAGE, "zh")).count();
            assertEquals(want[0] - want[1] - want[2], chinese, file + " all-Chinese");
            assertEquals(0, result.problems().size());
        }
    }

    @Test
    void seedsReadAsDocumented() throws IOException {
        Path seeds = SharedData.require(SharedData.seeds());
        ParseResult failed = parse(seeds.resolve("000_ddbddc89ed5e4669.txt"));
        assertEquals(7, failed.papers().size());
        assertTrue(failed.papers().stream().allMatch(CorpusTest::allPlaceholders));
        assertEquals(35, failed.counts().fieldStatuses().get("PLACEHOLDER"));
        ParseResult chinese = parse(seeds.resolve("001_7368f4bef9e965ea.txt"));
        assertEquals(12, chinese.papers().size());
        assertTrue(chinese.papers().stream().allMatch(p -> allFields(p, FieldStatus.NON_TARGET_LANGUAGE, "zh")));
        assertEquals(60, chinese.counts().fieldActions().get("TRANSLATE"));
    }

    private static ParseResult parse(Path file) throws IOException {
        byte[] source = Files.readAllBytes(file);
        DigestFormat format = DigestFormats.sniff(source);
        assertEquals(DigestFormat.MARKDOWN, format, file.toString());
        ParsedDigest digest = DigestFormats.read(source, format);
        assertArrayEquals(source, Renderer.render(digest, List.of()));
        return DIAGNOSIS.diagnose(digest);
    }

    private static void assertOnlyEnglish(Paper paper, String englishField) {
        for (Map.Entry<String, Field> e : paper.fields().entrySet()) {
            Field f = e.getValue();
            if (e.getKey().equals(englishField)) {
                assertEquals(FieldStatus.OK, f.status(), e.getKey() + ": " + f.text());
                assertEquals("en", f.language(), e.getKey());
            } else {
                assertEquals(FieldStatus.NON_TARGET_LANGUAGE, f.status(), e.getKey() + ": " + f.text());
                assertEquals("zh", f.language(), e.getKey());
            }
        }
        assertEquals(Action.TRANSLATE, paper.action());
    }

    private static boolean allFields(Paper p, FieldStatus status, String language) {
        return p.fields().size() == 5 && p.fields().values().stream()
                .allMatch(f -> f.status() == status && f.language().equals(language));
    }

    private static boolean allPlaceholders(Paper p) {
        return p.fields().size() == 5 && p.fields().values().stream()
                .allMatch(f -> f.status() == FieldStatus.PLACEHOLDER && Placeholders.isPlaceholder(f.text()));
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
