package io.digestrepair.gateway.repair;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.wire.Edit;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.gateway.remote.RemoteProblem;
import io.digestrepair.gateway.remote.RemoteRejectedException;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepairRunTest {

    private final FakeLedger ledger = new FakeLedger();
    private final FakeSummaries summaries = new FakeSummaries();
    private final List<List<Edit>> rendered = new CopyOnWriteArrayList<>();
    private final AtomicLong slept = new AtomicLong();
    private RunSettings settings = new RunSettings(3, 2, Duration.ofMillis(100), Duration.ofMillis(400), 3);

    private RepairRun.Result run(ParseResult parsed, Upgrade upgrade) {
        RepairJob job = new RepairJob("job-1", "d", 1, upgrade, JobState.RUNNING, 0, 0, 0, 0, 0, null, "me", null,
                Instant.now(), null, null, null);
        var input = new RepairRun.Input(job, "me", "source".getBytes(StandardCharsets.UTF_8), DigestFormat.MARKDOWN, parsed, "English");
        RepairPorts.Renderer renderer = (source, format, edits) -> {
            rendered.add(edits);
            return ("rendered with " + edits.size() + " edits").getBytes(StandardCharsets.UTF_8);
        };
        return new RepairRun(input, settings, summaries, renderer, ledger, slept::addAndGet, Instant::now, new AtomicBoolean()).run();
    }

    private static ParseResult digest(int placeholders, int chinese, int ok) {
        List<Paper> papers = new ArrayList<>();
        int i = 0;
        for (int n = 0; n < placeholders; n++) {
            papers.add(Papers.placeholders(i++));
        }
        for (int n = 0; n < chinese; n++) {
            papers.add(Papers.chinese(i++));
        }
        for (int n = 0; n < ok; n++) {
            papers.add(Papers.ok(i++));
        }
        return Papers.digest(papers);
    }

    @Test
    void summarizesWhatNeedsItInBatchesAndRendersEveryRepairedField() {
        var result = run(digest(4, 3, 2), null);

        assertEquals(JobState.DONE, result.state());
        assertEquals(7, ledger.total);
        assertEquals(7, ledger.count(PaperOutcome.SUMMARIZED));
        assertEquals(7, summaries.sent.size(), "OK papers are never sent");
        assertTrue(summaries.batchSizes.stream().allMatch(n -> n <= 3), summaries.batchSizes.toString());
        assertEquals(7 * 5, rendered.getFirst().size());
        assertTrue(rendered.getFirst().stream().allMatch(e -> e.text().startsWith("English " + e.field())));
        assertEquals("rendered with 35 edits", new String(ledger.repaired, StandardCharsets.UTF_8));
    }

    @Test
    void answersAreStoredAWriteBatchAtATimeAndTheLastPartBatchAtTheEnd() {
        settings = new RunSettings(3, 2, Duration.ofMillis(100), Duration.ofMillis(400), 3, 8, Duration.ofHours(1));
        var result = run(digest(12, 8, 1), null);

        assertEquals(JobState.DONE, result.state());
        assertEquals(20, ledger.count(PaperOutcome.SUMMARIZED));
        assertEquals(List.of(8, 8, 4), ledger.writes.stream().filter(n -> n > 0).toList(), "one write per 8 answers, the rest when the summarizing ends");
        assertEquals(20, ledger.cache.size());
    }

    @Test
    void anAnswerWaitsNoLongerThanTheWriteDelay() throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AnswerRecorder recorder = new AnswerRecorder(ledger, "job-1", "me", 64, Duration.ofMillis(50), stop);
        recorder.add(new FinishedPaper(0, PaperOutcome.FAILED, null, "no"), null);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (ledger.writes.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(List.of(1), ledger.writes, "written by the delay, the batch far from full");
        recorder.add(new FinishedPaper(1, PaperOutcome.FAILED, null, "no"), null);
        assertTrue(recorder.finish());
        assertEquals(2, ledger.finished.size());
    }

    @Test
    void aBatchedWriteThatFindsTheJobGoneStopsTheRun() {
        settings = new RunSettings(1, 1, Duration.ofMillis(100), Duration.ofMillis(400), 3, 4, Duration.ofHours(1));
        ledger.cancelAfter = 4;
        var result = run(digest(12, 0, 0), null);

        assertNull(result.state());
        assertEquals(4, ledger.finished.size());
        assertTrue(summaries.sent.size() < 12, "the run stopped after the refused write: " + summaries.sent.size());
    }

    @Test
    void keptFieldsAreSentAsContextAndNeverEdited() {
        Paper partly = Papers.chinese(0);
        var fields = new java.util.LinkedHashMap<>(partly.fields());
        var method = fields.get("method");
        fields.put("method", new io.digestrepair.core.wire.Field("An English method.", io.digestrepair.core.FieldStatus.OK, "en",
                io.digestrepair.core.Action.KEEP, method.span()));
        Paper p = new Paper(0, null, partly.title(), partly.url(), partly.authors(), partly.category(), partly.abstractText(),
                partly.action(), fields, 1);

        run(Papers.digest(List.of(p)), null);

        var sent = summaries.sent.getFirst().fields().get("method");
        assertEquals(io.digestrepair.core.Action.KEEP, sent.action());
        assertEquals("An English method.", sent.text());
        assertEquals(4, rendered.getFirst().size());
        assertTrue(rendered.getFirst().stream().noneMatch(e -> e.field().equals("method")));
    }

    @Test
    void aSecondRunOfTheSameDigestIsAnsweredFromTheCache() {
        run(digest(2, 2, 1), null);
        int sentBefore = summaries.sent.size();
        ledger.finished.clear();

        var second = run(digest(2, 2, 1), null);

        assertEquals(JobState.DONE, second.state());
        assertEquals(sentBefore, summaries.sent.size(), "no summarizer call");
        assertEquals(4, ledger.count(PaperOutcome.CACHED));
        assertEquals(rendered.get(0), rendered.get(1), "the same edits");
    }

    @Test
    void aResumedRunSendsOnlyThePapersThatNeverCameBack() {
        ledger.cancelAfter = 3;
        var first = run(digest(6, 0, 0), null);
        assertNull(first.state(), "stopped once the job was no longer its own");
        var before = new java.util.HashSet<>(summaries.answered.keySet());
        ledger.ours = true;
        ledger.cancelAfter = Integer.MAX_VALUE;
        summaries.sent.clear();

        var resumed = run(digest(6, 0, 0), null);

        assertEquals(JobState.DONE, resumed.state());
        assertEquals(6, ledger.finished.size());
        for (var r : summaries.sent) {
            int index = Integer.parseInt(r.id().substring(1));
            assertTrue(ledger.finished.stream().anyMatch(f -> f.index() == index));
        }
        // papers finished before the stop are not sent again
        assertTrue(ledger.finished.stream().filter(f -> f.outcome() == PaperOutcome.SUMMARIZED)
                .allMatch(f -> summaries.answered.get("p" + f.index()) >= 1));
        assertTrue(summaries.sent.size() <= 6 - 3, "at most the papers not finished: " + summaries.sent.size() + " " + before);
    }

    @Test
    void anUnreachableSummarizerIsWaitedForAndFailsNoPaper() {
        summaries.unavailableFor = 4;

        var result = run(digest(2, 0, 0), null);

        assertEquals(JobState.DONE, result.state());
        assertEquals(0, ledger.count(PaperOutcome.FAILED));
        assertEquals(2, ledger.count(PaperOutcome.SUMMARIZED));
        assertTrue(ledger.messages.stream().anyMatch(m -> m.startsWith("waiting for summarizer-service")), ledger.messages.toString());
        // 100 + 200 + 400 + 400 ms: the waits double up to the longest
        assertEquals(1100, slept.get());
    }

    @Test
    void aPaperTheSummarizerRefusesFailsAloneAndTheRestOfItsBatchIsRepaired() {
        summaries.invalid.add("p1");

        var result = run(digest(3, 0, 0), null);

        assertEquals(JobState.DONE, result.state());
        assertEquals(2, ledger.count(PaperOutcome.SUMMARIZED));
        var failed = ledger.finished.stream().filter(f -> f.outcome() == PaperOutcome.FAILED).toList();
        assertEquals(1, failed.size());
        assertEquals(1, failed.getFirst().index());
        assertTrue(failed.getFirst().error().contains("abstract is required"), failed.getFirst().error());
        assertTrue(result.message().contains("1 of 3"), result.message());
    }

    @Test
    void errorsAndMissingAnswersFailTheirPapersAfterRetries() {
        summaries.failing.add("p0");
        summaries.silent.add("p1");

        var result = run(digest(3, 0, 0), null);

        assertEquals(JobState.DONE, result.state());
        assertEquals(1, ledger.count(PaperOutcome.SUMMARIZED));
        assertEquals(2, ledger.count(PaperOutcome.FAILED));
        assertEquals(settings.maxRejections(), summaries.sent.stream().filter(r -> r.id().equals("p1")).count(),
                "an unanswered paper is sent again, a few times");
        assertEquals(1, summaries.sent.stream().filter(r -> r.id().equals("p0")).count(), "an error is an answer");
    }

    @Test
    void aJobWhosePapersAllFailIsFailed() {
        summaries.failing.add("p0");
        summaries.failing.add("p1");
        assertEquals(JobState.FAILED, run(digest(2, 0, 0), null).state());
    }

    @Test
    void aRenderRefusalFailsTheJob() {
        RepairJob job = new RepairJob("job-1", "d", 1, null, JobState.RUNNING, 0, 0, 0, 0, 0, null, "me", null,
                Instant.now(), null, null, null);
        var input = new RepairRun.Input(job, "me", new byte[0], DigestFormat.MARKDOWN, digest(1, 0, 0), "English");
        RepairPorts.Renderer refusing = (s, f, e) -> {
            throw new RemoteRejectedException("parser-service", new RemoteProblem(400, "edit 0/tldr has no span", null, null), null);
        };
        var result = new RepairRun(input, settings, summaries, refusing, ledger, slept::addAndGet, Instant::now, new AtomicBoolean()).run();
        assertEquals(JobState.FAILED, result.state());
        assertTrue(result.message().contains("no span"));
        assertEquals(JobState.FAILED, ledger.finalState);
    }

    @Test
    void anUpgradeRewritesOnlyTheFieldsTheOfflineEngineWrote() {
        run(digest(1, 1, 0), null);
        int offlineCalls = summaries.sent.size();
        ledger.finished.clear();
        summaries.info = new io.digestrepair.gateway.summarizer.SummarizerInfo("openai", "gpt-test", "repair-v1");

        var plain = run(digest(1, 1, 0), null);
        assertEquals(JobState.DONE, plain.state());
        assertEquals(offlineCalls, summaries.sent.size(), "without upgrade, offline repairs are reused under a new engine");
        ledger.finished.clear();

        var upgraded = run(digest(1, 1, 0), Upgrade.OFFLINE);

        assertEquals(JobState.DONE, upgraded.state());
        assertEquals(offlineCalls + 2, summaries.sent.size());
        var last = rendered.getLast();
        assertEquals(10, last.size());
        long byOpenai = ledger.cache.values().stream().filter(e -> e.summarizer().engine().equals("openai"))
                .flatMap(e -> e.provenance().values().stream()).filter(p -> p.engine().equals("openai")).count();
        assertEquals(10, byOpenai);
    }

    private static final SummarizerInfo MODEL_A = new SummarizerInfo("openai", "model-a", "repair-v1", "model-small");
    private static final SummarizerInfo MODEL_B = new SummarizerInfo("openai", "model-b", "repair-v1", "model-small");

    /** Runs the same digest again, as a new job. */
    private RepairRun.Result again(ParseResult parsed, Upgrade upgrade) {
        ledger.finished.clear();
        return run(parsed, upgrade);
    }

    @Test
    void aNewModelIsANewKeySoRepairingAgainAsksItWhileTheSameModelCostsNoCall() {
        summaries.info = MODEL_A;
        run(digest(2, 1, 0), null);
        assertEquals(3, summaries.sent.size());

        again(digest(2, 1, 0), null);
        assertEquals(3, summaries.sent.size(), "same model: no call");
        assertEquals(3, ledger.count(PaperOutcome.CACHED));

        summaries.info = MODEL_B;
        var withB = again(digest(2, 1, 0), null);
        assertEquals(JobState.DONE, withB.state());
        assertEquals(6, summaries.sent.size(), "another model: every paper asked again");
        assertEquals(3, ledger.count(PaperOutcome.SUMMARIZED));
        assertTrue(rendered.getLast().stream().allMatch(e -> e.text().startsWith("English")));
        assertEquals(6, ledger.cache.size(), "both models' repairs are kept");

        again(digest(2, 1, 0), null);
        summaries.info = MODEL_A;
        again(digest(2, 1, 0), null);
        assertEquals(6, summaries.sent.size(), "each model's repairs answer for it again");

        summaries.info = new SummarizerInfo("openai", "model-b", "repair-v1", "another-fallback");
        again(digest(2, 1, 0), null);
        assertEquals(6, summaries.sent.size(), "the fallback model is not part of the key");
    }

    @Test
    void anUpgradeWhileTheSummarizerRunsTheOfflineEngineSendsNothingAndSaysSo() {
        run(digest(2, 1, 0), null);
        int sent = summaries.sent.size();

        var upgrade = again(digest(2, 1, 0), Upgrade.OFFLINE);

        assertEquals(JobState.DONE, upgrade.state());
        assertEquals(sent, summaries.sent.size());
        assertEquals(3, ledger.count(PaperOutcome.CACHED));
        assertTrue(upgrade.message().startsWith("nothing to upgrade: summarizer-service runs the offline engine"),
                upgrade.message());
        assertEquals(upgrade.message(), ledger.finalMessage);
    }

    @Test
    void aSummarizerBackFromAnOutageWithAnotherModelHasTheRestPlannedAgainUnderIt() {
        settings = new RunSettings(3, 1, Duration.ofMillis(100), Duration.ofMillis(400), 3);
        summaries.info = MODEL_A;
        summaries.unavailableFor = 1;
        // restarted: down for the first batch, then up with another model
        summaries.beforeBatch = call -> summaries.info = MODEL_B;

        var result = run(digest(6, 0, 0), null);

        assertEquals(JobState.DONE, result.state());
        assertEquals(List.of(MODEL_A, MODEL_B), ledger.starts, "planned again under the new model");
        assertEquals(6, ledger.count(PaperOutcome.SUMMARIZED));
        assertEquals(6, summaries.sent.size(), "nothing was sent under the old keys");
        assertEquals(6, ledger.cache.size());
        for (RepairedPaper entry : ledger.cache.values()) {
            assertEquals(MODEL_B, entry.summarizer());
            assertEquals(CacheKey.full(entry.contentKey(), MODEL_B), entry.cacheKey());
        }
        assertTrue(summaries.freshInfoCalls.get() >= 1);
    }

    @Test
    void anAnswerFromAnotherModelIsFiledUnderItAndTheRestPlannedAgain() {
        settings = new RunSettings(3, 1, Duration.ofMillis(100), Duration.ofMillis(400), 3);
        summaries.info = MODEL_A;
        // restarted between two batches, unseen: only the answers' provenance tells
        summaries.beforeBatch = call -> {
            if (call == 2) {
                summaries.info = MODEL_B;
            }
        };

        var result = run(digest(9, 0, 0), null);

        assertEquals(JobState.DONE, result.state());
        assertEquals(9, ledger.count(PaperOutcome.SUMMARIZED));
        assertEquals(9, summaries.sent.size(), "no paper asked twice");
        assertEquals(MODEL_B, ledger.starts.getLast());
        for (RepairedPaper entry : ledger.cache.values()) {
            String writer = entry.provenance().values().iterator().next().model();
            assertEquals(writer, entry.summarizer().model(), "filed under the model that wrote it");
            assertEquals(CacheKey.full(entry.contentKey(), entry.summarizer()), entry.cacheKey());
        }
        assertEquals(3, ledger.cache.values().stream().filter(e -> e.summarizer().equals(MODEL_A)).count());
        assertEquals(1, summaries.freshInfoCalls.get(), "asked once, when the first answer of model-b came");
    }

    @Test
    void anAnswerOfTheFallbackModelOrTheOfflineEngineFitsTheConfiguration() {
        assertTrue(MODEL_A.mayHaveWritten(new io.digestrepair.core.wire.Provenance("openai", "model-small", "GENERATE", "repair-v1", 2, List.of())));
        assertTrue(MODEL_A.mayHaveWritten(new io.digestrepair.core.wire.Provenance("offline", "extractive", "GENERATE", "none", 2, List.of())));
        assertTrue(!MODEL_A.mayHaveWritten(new io.digestrepair.core.wire.Provenance("openai", "model-b", "GENERATE", "repair-v1", 1, List.of())));
        assertTrue(!MODEL_A.mayHaveWritten(new io.digestrepair.core.wire.Provenance("openai", "model-a", "GENERATE", "repair-v2", 1, List.of())));
        assertTrue(SummarizerInfo.unknown().mayHaveWritten(new io.digestrepair.core.wire.Provenance("ollama", "x", "GENERATE", "y", 1, List.of())));
    }

    @Test
    void theWaitsDoubleUpToTheLongest() {
        settings = new RunSettings(1, 1, Duration.ofSeconds(1), Duration.ofSeconds(30), 3);
        RepairJob job = new RepairJob("j", "d", 1, null, JobState.RUNNING, 0, 0, 0, 0, 0, null, "me", null, Instant.now(), null, null, null);
        var r = new RepairRun(new RepairRun.Input(job, "me", new byte[0], DigestFormat.MARKDOWN, digest(0, 0, 1), "English"),
                settings, summaries, (s, f, e) -> s, ledger, slept::addAndGet, Instant::now, new AtomicBoolean());
        assertEquals(1000, r.delay(1));
        assertEquals(2000, r.delay(2));
        assertEquals(16000, r.delay(5));
        assertEquals(30000, r.delay(6));
        assertEquals(30000, r.delay(100));
    }
}
