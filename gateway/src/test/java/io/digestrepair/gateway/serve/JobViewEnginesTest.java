package io.digestrepair.gateway.serve;

import io.digestrepair.core.wire.Provenance;
import io.digestrepair.gateway.repair.FinishedPaper;
import io.digestrepair.gateway.repair.PaperOutcome;
import io.digestrepair.gateway.repair.RepairedPaper;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A job's view counts its papers per engine as the digest's view would, so the CLI need not read the digest. */
class JobViewEnginesTest {

    private static final Provenance LLM = new Provenance("llm", "m", "TRANSLATE", "p1", 1, List.of());
    private static final Provenance OFFLINE = new Provenance("offline", "extractive/3", "GENERATE", "", 1, List.of());

    @Test
    void aPaperIsCountedUnderTheEnginesOfItsFieldsSortedAndJoined() {
        FinishedPaper mixed = FinishedPaper.repaired(0, PaperOutcome.SUMMARIZED,
                entry(Map.of("tldr", "a", "method", "b"), Map.of("tldr", OFFLINE, "method", LLM)));
        FinishedPaper offline = FinishedPaper.repaired(1, PaperOutcome.CACHED,
                entry(Map.of("tldr", "a"), Map.of("tldr", OFFLINE, "result", LLM)));
        assertEquals("llm+offline", mixed.engines());
        assertEquals("offline", offline.engines(), "only the fields the entry holds count");

        FinishedPaper failed = new FinishedPaper(2, PaperOutcome.FAILED, null, "no abstract");
        assertEquals(Map.of("llm+offline", 1, "offline", 2),
                ApiViews.JobView.engines(List.of(mixed, offline, offline, failed)));
    }

    @Test
    void noCountsWithoutThePapersOrForPapersFinishedBeforeEnginesWereRecorded() {
        assertNull(ApiViews.JobView.engines(null));
        FinishedPaper old = new FinishedPaper(0, PaperOutcome.SUMMARIZED, "k", null);
        FinishedPaper now = FinishedPaper.repaired(1, PaperOutcome.SUMMARIZED, entry(Map.of("tldr", "a"), Map.of("tldr", OFFLINE)));
        assertNull(ApiViews.JobView.engines(List.of(now, old)));
        assertEquals(Map.of(), ApiViews.JobView.engines(List.of()));
    }

    private static RepairedPaper entry(Map<String, String> fields, Map<String, Provenance> provenance) {
        return new RepairedPaper("k", "c", new SummarizerInfo("llm", "m", "p1"), fields, provenance, Instant.EPOCH);
    }
}
