package io.digestrepair.eval;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command over the project's own sample digests (written for this project), repaired in process. */
class EvalFieldsTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void printsPerFileAndTotalFigures() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = EvalFields.run(new String[] {SAMPLES.toString(), "--examples", "2"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains("2026-11-20.md"), text);
        assertTrue(text.contains("2026-11-21.jsonl"), text);
        Matcher total = Pattern.compile("total \\(2 files\\)\\s+(\\d+)\\s+(\\d+)").matcher(text);
        assertTrue(total.find(), text);
        long papers = Files.readString(SAMPLES.resolve("2026-11-20.md")).lines().filter(l -> l.startsWith("### [")).count()
                + Files.readAllLines(SAMPLES.resolve("2026-11-21.jsonl")).stream().filter(l -> !l.isBlank()).count();
        assertEquals(papers, Long.parseLong(total.group(1)), text);
        Matcher summary = Pattern.compile("numbers_carried=(\\S+) fragment_tldrs=(\\S+) repeated_sentence_papers=(\\S+) fields_left=(\\d+)").matcher(text);
        assertTrue(summary.find(), text);
        assertEquals("0", summary.group(4), "every field the samples need is written: " + text);
    }

    @Test
    void aMissingFileIsAnErrorAndNoArgumentsAUsageError() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(sink, true, StandardCharsets.UTF_8);
        assertEquals(1, EvalFields.run(new String[] {"no-such-digest.md"}, p, p));
        assertEquals(2, EvalFields.run(new String[] {}, p, p));
        assertEquals(2, EvalFields.run(new String[] {"--examples"}, p, p));
    }
}
