package io.digestrepair.parser;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.FieldStatus;
import io.digestrepair.core.SharedData;
import io.digestrepair.core.text.FieldDiagnoser;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.core.wire.Edit;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.parser.diagnosis.DigestDiagnosis;
import io.digestrepair.parser.digest.FieldValue;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.jsonl.JsonLinesDigest;
import io.digestrepair.parser.jsonl.JsonLinesReader;
import io.digestrepair.parser.render.Renderer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus's day of the pipeline's early schema (2025-03-27, TL;DR under {@code task}): every row is
 * read with its TL;DR, repaired in place under {@code task} and read back, with no key added.
 */
class EarlySchemaCorpusTest {

    private static final Path EARLY = SharedData.earlyJsonLinesDigests().resolve("2025-03-27_AI_enhanced_Chinese.jsonl");

    /** Paper 108 (ITA-MDT) has all five fields in English. */
    private static final int ENGLISH_PAPER = 108;

    @Test
    void everyTaskRowIsReadRepairedInPlaceAndReadBack() throws IOException {
        byte[] source = Files.readAllBytes(SharedData.require(EARLY));
        String text = new String(source, StandardCharsets.UTF_8);
        assertFalse(text.contains("\"tldr\""), "the early schema has no tldr key");
        JsonLinesDigest digest = new JsonLinesReader().read(source);
        assertEquals(175, digest.papers().size());
        assertTrue(digest.problems().isEmpty(), digest.problems().toString());

        ParseResult parsed = new DigestDiagnosis(new FieldDiagnoser("en", LanguageDetector.shared())).diagnose(digest);
        List<Edit> edits = new ArrayList<>();
        int chinese = 0;
        for (Paper p : parsed.papers()) {
            var tldr = p.fields().get("tldr");
            assertFalse(tldr.text().isBlank(), "paper " + p.index() + " has its TL;DR from task");
            if (p.index() == ENGLISH_PAPER) {
                // the one paper of the day the pipeline wrote in English, all five fields
                assertEquals(FieldStatus.OK, tldr.status(), tldr.text());
            } else {
                assertEquals(FieldStatus.NON_TARGET_LANGUAGE, tldr.status(), "paper " + p.index() + ": " + tldr.text());
                assertEquals("zh", tldr.language());
                assertEquals(Action.TRANSLATE, tldr.action());
                chinese++;
            }
            edits.add(new Edit(p.index(), "tldr", "Paper " + p.index() + " in English: \"quoted\", a \\ and é."));
        }

        assertEquals(174, chinese);
        byte[] repaired = Renderer.render(digest, edits);
        // expected: every byte as it was, but for the content of each task string
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        int cursor = 0;
        for (PaperEntry p : digest.papers()) {
            FieldValue tldr = p.field(FieldName.TLDR);
            assertFalse(tldr.slot().isInsertion(), "paper " + p.index() + " is repaired in place");
            int start = (int) tldr.slot().start();
            String key = new String(source, start - 9, 9, StandardCharsets.UTF_8);
            assertEquals("\"task\": \"", key, "paper " + p.index() + " TL;DR sits under task");
            expected.write(source, cursor, start - cursor);
            expected.writeBytes(digest.encoder(p).encode(edits.get(p.index()).text()).getBytes(StandardCharsets.UTF_8));
            cursor = (int) tldr.slot().end();
        }
        expected.write(source, cursor, source.length - cursor);
        assertArrayEquals(expected.toByteArray(), repaired);

        String out = new String(repaired, StandardCharsets.UTF_8);
        assertFalse(out.contains("\"tldr\""), "no tldr key added");
        JsonLinesDigest again = new JsonLinesReader().read(repaired);
        assertEquals(175, again.papers().size());
        for (PaperEntry p : again.papers()) {
            assertEquals(edits.get(p.index()).text(), p.field(FieldName.TLDR).text());
        }
    }
}
