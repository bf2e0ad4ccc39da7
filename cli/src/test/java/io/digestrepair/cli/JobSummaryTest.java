package io.digestrepair.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The step summary the action writes, from jobs shaped as the gateway's GET /api/jobs/{id} answers them. */
class JobSummaryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // as ApiViews.JobView writes a finished job whose provider refused (DeepSeek's documented 402)
    private static final String REFUSED_JOB = """
            {"id":"j1","digest":"2026-06-09","state":"DONE","total":381,"done":381,"failed":0,"cached":0,"summarized":381,
             "llm":{"state":"stopped","reason":"DeepSeek refused: Insufficient Balance (HTTP 402)","remedy":"top up","offlinePapers":380},
             "tokens":{"calls":3,"prompt":2400,"completion":610,"cached":1200},"cost":0.0123}""";

    private static final String OFFLINE_JOB = """
            {"id":"j2","digest":"2026-06-10","state":"DONE","total":4,"done":4,"failed":1,"cached":0,"summarized":4,
             "llm":{"state":"offline","reason":"no LLM is configured","offlinePapers":0}}""";

    @Test
    void aRefusalTokensAndCostReachTheSummary() throws Exception {
        JobStatus refused = JobStatus.from(JSON.readTree(REFUSED_JOB));
        assertEquals(2400, refused.tokensIn());
        assertEquals(610, refused.tokensOut());
        assertEquals(0.0123, refused.cost(), 1e-9);

        String md = JobSummary.render(List.of(
                new FileOutcome(Path.of("data/2026-06-09.md"), "2026-06-09", 381, refused, null, Map.of("offline", 380, "openai", 1), 0,
                        Path.of("data/2026-06-09.md"), false)));
        assertTrue(md.contains("| papers checked | 381 |"), md);
        assertTrue(md.contains("| repaired | 381 (offline: 380, openai: 1) |"), md);
        assertTrue(md.contains("| tokens (in / out) | 2400 / 610 |"), md);
        assertTrue(md.contains("| estimated cost | 0.0123 |"), md);
        assertTrue(md.contains("**The LLM provider refused** (stopped): DeepSeek refused: Insufficient Balance (HTTP 402)"), md);
        assertTrue(md.contains("All papers are usable."), md);
    }

    @Test
    void aJobWithoutFiguresSaysSoAndCountsTheLeftPapers() throws Exception {
        JobStatus offline = JobStatus.from(JSON.readTree(OFFLINE_JOB));
        assertEquals(-1, offline.tokensIn());
        assertTrue(Double.isNaN(offline.cost()));

        String md = JobSummary.render(List.of(
                new FileOutcome(Path.of("data/2026-06-10.md"), "2026-06-10", 4, offline, null, Map.of("offline", 3), 0,
                        Path.of("data/2026-06-10.md"), false),
                FileOutcome.refused(Path.of("data/notes.txt"), "not a digest")));
        assertTrue(md.contains("**1 paper(s) could not be repaired.**"), md);
        assertTrue(md.contains("| tokens (in / out) | not reported |"), md);
        assertTrue(md.contains("| `notes.txt` | - | - | - | - | not repaired: not a digest |"), md);
        assertTrue(!md.contains("refused**"), md);
    }
}
