package io.digestrepair.offline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineCliTest {

    private record Run(int status, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = OfflineCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void evalRolesEndsWithAccuracyAndMacroF1(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny.jsonl");
        Files.writeString(file, """
                {"abstract_id": 1, "sentences": ["Deep models need labels.", "We propose a self-supervised method.", "It learns from raw video.", "Accuracy improves by 5 points."], "labels": ["background", "objective", "method", "result"], "confs": [1, 1, 1, 1]}
                {"abstract_id": 2, "sentences": ["Graphs are everywhere.", "Results show a 10% gain."], "labels": ["background", "result"]}
                """);
        Run r = run("eval-roles", file.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Pattern.matches("accuracy=\\d\\.\\d{3} macro_f1=\\d\\.\\d{3}", r.lastLine()), r.lastLine());
        for (String role : new String[] {"background", "objective", "method", "result", "other"}) {
            assertTrue(r.out().contains(role), r.out());
        }
        assertTrue(r.out().contains("sentences=6"), r.out());
    }

    @Test
    void benchCountsTheAbstractsOfAFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), """
                ### [1] [One](https://arxiv.org/abs/1)
                Abstract: We propose a method. It works well on many tasks. Results improve by 3%.

                ### [2] [Two](https://arxiv.org/abs/2)
                Abstract: Networks are large. We prune them.
                </details>
                """);
        Files.writeString(dir.resolve("b.md"), """
                ### [1] [Three](https://arxiv.org/abs/3)
                Abstract: A single-sentence abstract about robots.
                """);
        Run r = run("bench", dir.toString(), "--runs", "3");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("abstracts=3 files=2"), r.out());
        assertTrue(Pattern.matches("abstracts=3 runs=3 median_ms_per_abstract=\\d+\\.\\d{4}", r.lastLine()), r.lastLine());
    }

    @Test
    void benchHandsTheEngineTheOriginalsToTranslateAsARepairDoes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), """
                ### [1] [One](https://arxiv.org/abs/1)
                TL;DR: 提出一种新方法，准确率提升3%
                Motivation: Summary generation failed
                Result: Results improve by 3%.
                Abstract: We propose a method. It works well on many tasks. Results improve by 3%.
                """);
        Run r = run("bench", dir.toString(), "--runs", "1", "--originals", "translated");
        // 0, or 1 when one abstract on a cold JIT misses the 2 ms budget: the budget is not this test's business
        assertTrue(r.status() == 0 || r.err().contains("target missed"), r.err());
        // the Chinese TL;DR only: a placeholder and an English field are no originals to translate
        assertTrue(r.out().startsWith("abstracts=1 files=1 dir=" + dir + ", with the originals of 1 fields to translate"), r.out());

        Run wrong = run("bench", dir.toString(), "--originals", "all");
        assertEquals(2, wrong.status(), wrong.out());
        assertTrue(wrong.err().contains("--originals is none or translated, not all"), wrong.err());
    }

    @Test
    void summarizePrintsTheFieldsAsJson(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("abstract.txt");
        Files.writeString(file, "Sorting is slow on GPUs. We propose a new network. It sorts 2x faster.");
        Run r = run("summarize", file.toString());
        assertEquals(0, r.status(), r.err());
        for (String key : new String[] {"\"tldr\"", "\"motivation\"", "\"method\"", "\"result\"", "\"conclusion\"", "\"role\""}) {
            assertTrue(r.out().contains(key), r.out());
        }
    }

    @Test
    void usageErrors() {
        assertEquals(2, run().status());
        assertEquals(2, run("frobnicate").status());
        assertEquals(2, run("eval-roles").status());
        assertEquals(2, run("train", "--bogus", "1").status());
        assertEquals(1, run("eval-roles", "/no/such/file.jsonl").status());
    }
}
