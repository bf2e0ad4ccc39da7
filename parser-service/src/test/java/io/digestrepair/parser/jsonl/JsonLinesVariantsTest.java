package io.digestrepair.parser.jsonl;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.wire.Edit;
import io.digestrepair.parser.digest.DigestReadException;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.render.Renderer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesVariantsTest {

    private final JsonLinesReader reader = new JsonLinesReader();

    /** As Python's json.dumps writes it by default: non-ASCII as lower-case backslash-u escapes. */
    private static final String ESCAPED = "{\"id\": \"2605.06710\", \"categories\": [\"cs.IT\", \"cs.LG\"], "
            + "\"pdf\": \"https://arxiv.org/pdf/2605.06710\", \"abs\": \"https://arxiv.org/abs/2605.06710\", "
            + "\"authors\": [\"Abbas El Gamal\", \"Maxim Raginsky\"], \"title\": \"Limits\", \"comment\": null, "
            + "\"summary\": \"Info theory.\\n  More.\", \"code_url\": \"https://github.com/x/y\", "
            + "\"AI\": {\"tldr\": \"\\u672c\\u6587\", \"motivation\": \"\\u52a8\\u673a\", \"method\": \"\\u65b9\\u6cd5\", "
            + "\"result\": \"a clear mental map\", \"conclusion\": \"\\u7ed3\\u8bba\", \"score\": 7}}";
    /** With ensure_ascii=False, as the pipeline's newer versions write. */
    private static final String RAW = "{\"id\": \"2605.00002\", \"title\": \"Raw\", \"AI\": {\"tldr\": \"本文\", "
            + "\"motivation\": \"动机\", \"method\": \"方法\", \"result\": \"结果\", \"conclusion\": \"结论\"}}";

    @Test
    void readsFieldsUnderAiAndTheRecord() {
        JsonLinesDigest d = reader.read(ESCAPED + "\n" + RAW + "\n");
        assertEquals(2, d.papers().size());
        PaperEntry p = d.papers().get(0);
        assertEquals("2605.06710", p.id());
        assertEquals("https://arxiv.org/abs/2605.06710", p.url());
        assertEquals("cs.IT", p.category());
        assertEquals(List.of("Abbas El Gamal", "Maxim Raginsky"), p.authors());
        assertEquals("Info theory.\n  More.", p.abstractText());
        assertEquals("本文", p.field(FieldName.TLDR).text());
        assertEquals("a clear mental map", p.field(FieldName.RESULT).text());
        assertEquals(1, p.line());
        assertEquals(2, d.papers().get(1).line());
    }

    @Test
    void changedLineKeepsKeyOrderAndEscapingStyle() {
        String source = ESCAPED + "\n" + RAW + "\n";
        JsonLinesDigest d = reader.read(source);
        String out = new String(Renderer.render(d, List.of(
                new Edit(0, "tldr", "Café \"quoted\" \\ done\nnext"),
                new Edit(1, "tldr", "Café"))), StandardCharsets.UTF_8);
        String[] lines = out.split("\n");
        assertEquals(ESCAPED.replace("\"tldr\": \"\\u672c\\u6587\"", "\"tldr\": \"Caf\\u00e9 \\\"quoted\\\" \\\\ done\\nnext\""), lines[0]);
        assertEquals(RAW.replace("\"tldr\": \"本文\"", "\"tldr\": \"Café\""), lines[1]);
        assertEquals("Café \"quoted\" \\ done\nnext", reader.read(out).papers().get(0).field(FieldName.TLDR).text());
    }

    @Test
    void untouchedLinesStayByteIdentical() {
        String source = ESCAPED + "\n" + RAW + "\n" + ESCAPED.replace("2605.06710", "2605.06711") + "\n";
        JsonLinesDigest d = reader.read(source);
        assertArrayEquals(source.getBytes(StandardCharsets.UTF_8), Renderer.render(d, List.of()));
        String out = new String(Renderer.render(d, List.of(new Edit(1, "method", "Method."))), StandardCharsets.UTF_8);
        String[] in = source.split("\n");
        String[] got = out.split("\n");
        assertEquals(in[0], got[0]);
        assertEquals(in[2], got[2]);
    }

    @Test
    void unknownKeysArePreservedAndMissingFieldsInserted() {
        String partial = "{\"id\": \"1\", \"extra\": {\"nested\": [1, 2]}, \"AI\": {\"tldr\": \"T\", \"keywords\": [\"a\"]}}";
        String noAi = "{\"id\": \"2\", \"title\": \"No AI yet\"}";
        String emptyAi = "{\"id\": \"3\", \"AI\": {}}";
        JsonLinesDigest d = reader.read(partial + "\n" + noAi + "\n" + emptyAi + "\n");
        assertFalse(d.papers().get(0).field(FieldName.METHOD).present());
        String out = new String(Renderer.render(d, List.of(
                new Edit(0, "method", "M"), new Edit(0, "result", "R"),
                new Edit(1, "tldr", "T2"), new Edit(1, "conclusion", "C2"),
                new Edit(2, "motivation", "Mo3"))), StandardCharsets.UTF_8);
        String[] lines = out.split("\n");
        assertEquals("{\"id\": \"1\", \"extra\": {\"nested\": [1, 2]}, \"AI\": {\"tldr\": \"T\", \"keywords\": [\"a\"], "
                + "\"method\": \"M\", \"result\": \"R\"}}", lines[0]);
        assertEquals("{\"id\": \"2\", \"title\": \"No AI yet\", \"AI\": {\"tldr\": \"T2\", \"conclusion\": \"C2\"}}", lines[1]);
        assertEquals("{\"id\": \"3\", \"AI\": {\"motivation\": \"Mo3\"}}", lines[2]);
        JsonLinesDigest again = reader.read(out);
        assertEquals("R", again.papers().get(0).field(FieldName.RESULT).text());
        assertEquals("C2", again.papers().get(1).field(FieldName.CONCLUSION).text());
        assertEquals("Mo3", again.papers().get(2).field(FieldName.MOTIVATION).text());
    }

    @Test
    void brokenLineIsReportedAndLeftUntouched() {
        String broken = "{\"id\": \"2\", \"AI\": {\"tldr\": \"cut";
        String source = RAW + "\n" + broken + "\n" + RAW.replace("2605.00002", "2605.00003") + "\n";
        JsonLinesDigest d = reader.read(source);
        assertEquals(2, d.papers().size());
        assertEquals(1, d.problems().size());
        assertEquals(2, d.problems().getFirst().line());
        assertEquals(3, d.papers().get(1).line());
        String out = new String(Renderer.render(d, List.of(new Edit(1, "tldr", "New."))), StandardCharsets.UTF_8);
        assertEquals(broken, out.split("\n")[1]);
    }

    @Test
    void manyBrokenLinesAreReportedUpToALimit() {
        String source = RAW + "\n" + "{broken\n".repeat(JsonLinesReader.MAX_PROBLEMS + 5);
        JsonLinesDigest d = reader.read(source);
        assertEquals(1, d.papers().size());
        assertEquals(JsonLinesReader.MAX_PROBLEMS + 1, d.problems().size());
        assertEquals("5 more lines could not be read", d.problems().getLast().message());
    }

    @Test
    void nullOrNonStringValuesAreReplacedByStrings() {
        String odd = "{\"AI\": {\"tldr\": null, \"method\": {\"steps\": [1]}, \"result\": 3}}";
        JsonLinesDigest d = reader.read(odd);
        PaperEntry p = d.papers().getFirst();
        assertEquals("", p.field(FieldName.TLDR).text());
        assertFalse(p.field(FieldName.TLDR).present());
        assertEquals("{\"steps\": [1]}", p.field(FieldName.METHOD).text());
        String out = new String(Renderer.render(d, List.of(new Edit(0, "tldr", "T"), new Edit(0, "method", "M"))), StandardCharsets.UTF_8);
        assertEquals("{\"AI\": {\"tldr\": \"T\", \"method\": \"M\", \"result\": 3}}", out);
    }

    @Test
    void nothingButBrokenLinesIsNotJsonLines() {
        var e = assertThrows(DigestReadException.class, () -> reader.read("not json\nstill not\n"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    /** The pipeline's early schema (until 2025-04-15): the TL;DR under {@code task}, no {@code tldr} key. */
    private static final String EARLY = "{\"id\": \"2503.19979\", \"title\": \"Early\", \"summary\": \"Abstract.\", "
            + "\"AI\": {\"task\": \"\\u672c\\u6587\", \"motivation\": \"\\u52a8\\u673a\", \"method\": \"M\", "
            + "\"result\": \"R\", \"conclusion\": \"C\"}}";

    @Test
    void earlyTaskKeyIsTheTldrAndIsWrittenBackUnderItsOwnKey() {
        JsonLinesDigest d = reader.read(EARLY + "\n");
        PaperEntry p = d.papers().getFirst();
        assertEquals("本文", p.field(FieldName.TLDR).text());
        assertTrue(p.field(FieldName.TLDR).present());
        assertFalse(p.field(FieldName.TLDR).slot().isInsertion(), "repaired in place, not added");
        String out = new String(Renderer.render(d, List.of(new Edit(0, "tldr", "An English TL;DR."))), StandardCharsets.UTF_8);
        assertEquals(EARLY.replace("\"task\": \"\\u672c\\u6587\"", "\"task\": \"An English TL;DR.\"") + "\n", out);
        assertFalse(out.contains("\"tldr\""), out);
        assertEquals("An English TL;DR.", reader.read(out).papers().getFirst().field(FieldName.TLDR).text());
    }

    @Test
    void tldrBesideTaskWinsWhicheverComesFirst() {
        String both = "{\"AI\": {\"task\": \"old\", \"tldr\": \"new\"}}";
        String reversed = "{\"AI\": {\"tldr\": \"new\", \"task\": \"old\"}}";
        for (String line : List.of(both, reversed)) {
            JsonLinesDigest d = reader.read(line);
            assertEquals("new", d.papers().getFirst().field(FieldName.TLDR).text(), line);
            String out = new String(Renderer.render(d, List.of(new Edit(0, "tldr", "T"))), StandardCharsets.UTF_8);
            assertEquals(line.replace("\"new\"", "\"T\""), out);
        }
    }
}
