package io.digestrepair.gateway.repair;

import io.digestrepair.core.Action;
import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.wire.Edit;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.core.wire.Provenance;
import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.core.wire.SummaryResponse;
import io.digestrepair.gateway.remote.RemoteRejectedException;
import io.digestrepair.gateway.remote.ServiceUnavailableException;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The steps of one repair job: learn the summarizer's configuration, answer what the cache can,
 * summarize the rest in bounded concurrent batches, render, finish.
 * <p>
 * Answers are stored a write batch at a time ({@link AnswerRecorder}), so a run that is killed and
 * resumed (a new {@code RepairRun} of the same job) sends again only the papers that never came
 * back, and at most one write batch of answered papers that had not been stored yet. While a peer
 * service cannot be reached the run waits, with growing pauses, for as long as it takes: papers
 * never fail for that.
 */
public final class RepairRun {

    private static final Logger LOG = LoggerFactory.getLogger(RepairRun.class);
    private static final long PAUSE_STEP_MILLIS = 200;
    /** Plans made in one run at most: a summarizer whose configuration keeps changing does not stop the job. */
    static final int MAX_PLANS = 5;

    /** Everything the run works on. */
    public record Input(RepairJob job, String owner, byte[] source, DigestFormat format, ParseResult parsed,
                        String targetLanguage) {
    }

    /** How the run ended; {@code state} is null when the job stopped being this run's (cancelled, taken over). */
    public record Result(@Nullable JobState state, String message) {
    }

    private final Input in;
    private final RunSettings settings;
    private final RepairPorts.Summaries summaries;
    private final RepairPorts.Renderer renderer;
    private final RepairPorts.Ledger ledger;
    private final RepairPorts.Sleeper sleeper;
    private final Supplier<Instant> clock;
    private final AtomicBoolean stop;
    private final ProvisionalDigest provisional;
    /** What this run's answers said of the LLM and what their calls cost. */
    private final LlmTally tally = new LlmTally();

    public RepairRun(Input in, RunSettings settings, RepairPorts.Summaries summaries, RepairPorts.Renderer renderer,
                     RepairPorts.Ledger ledger, RepairPorts.Sleeper sleeper, Supplier<Instant> clock, AtomicBoolean stop) {
        this.in = in;
        this.settings = settings;
        this.summaries = summaries;
        this.renderer = renderer;
        this.ledger = ledger;
        this.sleeper = sleeper;
        this.clock = clock;
        this.stop = stop;
        this.provisional = new ProvisionalDigest(in, renderer, ledger);
    }

    /** Thrown inside the run when it must stop: the job is no longer its own. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    /**
     * One plan's summarizing: the configuration its cache keys were made under, and the one the
     * summarizer turned out to run (it can be restarted with another model while a job runs).
     */
    private static final class Round {
        final boolean planAgainOnChange;
        /** The configuration answers are stored under. */
        volatile SummarizerInfo writer;
        final AtomicReference<SummarizerInfo> changed = new AtomicReference<>();

        Round(SummarizerInfo planned, boolean planAgainOnChange) {
            this.planAgainOnChange = planAgainOnChange;
            this.writer = planned;
        }

        /** Notes what the summarizer runs now; true when the papers left are to be planned again under it. */
        boolean runsNow(SummarizerInfo now) {
            SummarizerInfo before = writer;
            writer = now; // the same keys perhaps, but now with its fallback model known
            if (now.sameKeyAs(before)) {
                return false;
            }
            return planAgainOnChange && changed.compareAndSet(null, now) || stopped();
        }

        boolean stopped() {
            return changed.get() != null;
        }
    }

    public Result run() {
        String jobId = in.job().id();
        try {
            List<Paper> toRepair = in.parsed().papers().stream().filter(p -> p.action() != Action.KEEP).toList();
            SummarizerInfo summarizer;
            try {
                summarizer = summaries.info();
            } catch (ServiceUnavailableException e) {
                // readers get what can be had now, not the raw text for as long as the summarizer is away
                check(provisional.answerFromCacheMeanwhile(toRepair));
                summarizer = waitFor("summarizer-service", summaries::info);
            }
            for (int plans = 1; ; plans++) {
                check(ledger.start(jobId, in.owner(), toRepair.size(), summarizer));
                Set<Integer> finished = new HashSet<>();
                ledger.finished(jobId).forEach(p -> finished.add(p.index()));
                List<Paper> open = toRepair.stream().filter(p -> !finished.contains(p.index())).toList();
                RepairPlan plan = RepairPlan.make(open, in.targetLanguage(), summarizer, in.job().upgrade(),
                        ledger::cacheByKey, ledger::cacheNewestByContent);
                check(ledger.record(jobId, in.owner(), plan.cached(), List.of()));
                LOG.info("job {} ({} rev {}): {} papers to repair, {} finished before, {} from the cache, {} to summarize with {}",
                        jobId, in.job().digest(), in.job().revision(), toRepair.size(), finished.size(),
                        plan.cached().size(), plan.tasks().size(), summarizer);
                if (plans == 1 && !plan.tasks().isEmpty()) {
                    check(provisional.serve(toRepair));
                }

                SummarizerInfo changed = summarizeAll(plan.tasks(), new Round(summarizer, plans < MAX_PLANS));
                if (changed == null) {
                    break;
                }
                // keys made under the old configuration would file the new one's answers wrongly, and the
                // cache may hold the papers left under the new one
                LOG.info("job {}: summarizer-service now runs {} (planned with {}): the papers left are planned again",
                        jobId, changed, summarizer);
                check(ledger.message(jobId, in.owner(), null)); // it answered: no longer waiting for it
                summarizer = changed;
            }
            return render(toRepair.size(), summarizer);
        } catch (Stopped e) {
            return new Result(null, "stopped");
        }
    }

    private Result render(int total, SummarizerInfo summarizer) {
        String jobId = in.job().id();
        List<FinishedPaper> all = ledger.finished(jobId);
        List<String> keys = all.stream().filter(p -> p.cacheKey() != null).map(FinishedPaper::cacheKey).toList();
        Map<String, RepairedPaper> entries = ledger.cacheByKey(keys);
        List<Edit> edits = Edits.of(in.parsed(), all, entries);
        int failed = (int) all.stream().filter(p -> p.outcome() == PaperOutcome.FAILED).count();
        int repaired = all.size() - failed;
        check(ledger.llm(jobId, in.owner(), tally.job(summarizer, LlmTally.offlinePapers(summarizer, all, entries))));
        byte[] output;
        try {
            output = waitFor("parser-service", () -> renderer.render(in.source(), in.format(), edits));
        } catch (RemoteRejectedException e) {
            String message = "rendering failed: " + e.getMessage();
            check(ledger.finish(jobId, in.owner(), JobState.FAILED, message, null, repaired, failed));
            return new Result(JobState.FAILED, message);
        }
        JobState state = total > 0 && failed == total ? JobState.FAILED : JobState.DONE;
        List<String> notes = new ArrayList<>();
        Upgrade upgrade = in.job().upgrade();
        if (upgrade != null && upgrade.pointlessWith(summarizer)) {
            notes.add(upgrade.nothingToDo());
        }
        if (failed > 0) {
            notes.add(failed + " of " + total + " papers could not be repaired");
        }
        String message = notes.isEmpty() ? null : String.join("; ", notes);
        check(ledger.finish(jobId, in.owner(), state, message, output, repaired, failed));
        return new Result(state, message);
    }

    /**
     * Batches go out {@code concurrency} at a time; each worker takes the next batch when it is done.
     * Returns null when every paper was answered or failed, or the configuration the summarizer turned
     * out to run when the papers left are to be planned again under it.
     */
    @Nullable
    private SummarizerInfo summarizeAll(List<PaperTask> tasks, Round round) {
        if (tasks.isEmpty()) {
            return null;
        }
        ConcurrentLinkedQueue<List<PaperTask>> batches = new ConcurrentLinkedQueue<>();
        for (int from = 0; from < tasks.size(); from += settings.batchSize()) {
            batches.add(tasks.subList(from, Math.min(tasks.size(), from + settings.batchSize())));
        }
        int workers = Math.min(settings.concurrency(), batches.size());
        AnswerRecorder recorder = new AnswerRecorder(ledger, in.job().id(), in.owner(), settings.writeBatch(),
                settings.writeDelay(), stop);
        boolean finished = false;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(() -> {
                    while (!round.stopped()) {
                        List<PaperTask> batch = batches.poll();
                        if (batch == null) {
                            return;
                        }
                        summarizeBatch(batch, round, recorder);
                    }
                }));
            }
            for (Future<?> f : running) {
                try {
                    awaitOrAbandon(f, pool);
                } catch (ExecutionException e) {
                    stop.set(true);
                    if (e.getCause() instanceof Stopped s) {
                        throw s;
                    }
                    throw new IllegalStateException("a summarizing worker failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop.set(true);
                    throw new Stopped();
                }
            }
            finished = true;
        } finally {
            // answers are worth keeping however the run ends; the papers left are planned from what was stored
            boolean ours = recorder.finish();
            if (finished) {
                check(ours);
            }
        }
        return round.changed.get();
    }

    /**
     * Waits for a worker, watching for a stop: a cancelled job interrupts its workers at once, which
     * closes their batches in flight, and the summarizer drops the calls it had not made yet. Waiting
     * for their next answer instead let a cancelled job go on spending for a whole batch.
     */
    private void awaitOrAbandon(Future<?> worker, ExecutorService pool) throws ExecutionException, InterruptedException {
        while (true) {
            try {
                worker.get(PAUSE_STEP_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                if (stop.get()) {
                    pool.shutdownNow();
                    throw new Stopped();
                }
            }
        }
    }

    private void summarizeBatch(List<PaperTask> batch, Round round, AnswerRecorder recorder) {
        Map<String, PaperTask> owed = new ConcurrentHashMap<>();
        batch.forEach(t -> owed.put(t.requestId(), t));
        int refusals = 0;
        int unavailable = 0;
        while (!owed.isEmpty()) {
            checkStop();
            if (round.stopped()) {
                return; // the papers left are planned again
            }
            if (unavailable > 0) {
                // it was away, perhaps restarted with another model: ask before sending it anything more
                try {
                    if (round.runsNow(summaries.freshInfo())) {
                        return;
                    }
                } catch (ServiceUnavailableException e) {
                    unavailable++;
                    waitAfter(e, unavailable);
                    continue;
                }
            }
            List<SummaryRequest> requests = new ArrayList<>(owed.values().stream().map(PaperTask::request).toList());
            try {
                summaries.batch(requests, answer -> onAnswer(answer, owed, round, recorder));
                if (unavailable > 0) {
                    unavailable = 0;
                    check(ledger.message(in.job().id(), in.owner(), null));
                }
                if (!owed.isEmpty()) {
                    refusals++;
                    if (refusals >= settings.maxRejections()) {
                        fail(owed, "the summarizer did not answer for this paper");
                    }
                }
            } catch (ServiceUnavailableException e) {
                unavailable++;
                waitAfter(e, unavailable);
            } catch (Stopped e) {
                throw e;
            } catch (RemoteRejectedException e) {
                if (e.problem().status() >= 500) {
                    refusals = retryOrFail(owed, e, refusals);
                } else if (owed.size() > 1) {
                    // the summarizer refuses a whole batch for one bad paper: send them one by one
                    List<PaperTask> each = new ArrayList<>(owed.values());
                    owed.clear();
                    each.forEach(t -> summarizeBatch(List.of(t), round, recorder));
                } else {
                    fail(owed, e.getMessage());
                }
            } catch (RuntimeException e) {
                if (stop.get() || Thread.currentThread().isInterrupted()) {
                    throw new Stopped(); // abandoned: its papers are neither failed nor answered
                }
                refusals = retryOrFail(owed, e, refusals);
            }
        }
    }

    /** A broken answer (500, unreadable): a few more tries, then the papers fail. */
    private int retryOrFail(Map<String, PaperTask> owed, RuntimeException e, int refusals) {
        int count = refusals + 1;
        LOG.warn("job {}: batch of {} failed ({} of {}): {}", in.job().id(), owed.size(), count,
                settings.maxRejections(), e.getMessage());
        if (count >= settings.maxRejections()) {
            fail(owed, e instanceof RemoteRejectedException ? e.getMessage() : "summarizer error: " + e.getMessage());
        } else {
            pause(settings.retryInitialDelay().toMillis());
        }
        return count;
    }

    private void onAnswer(SummaryResponse answer, Map<String, PaperTask> owed, Round round, AnswerRecorder recorder) {
        if (answer == null || answer.id() == null) {
            return;
        }
        PaperTask task = owed.get(answer.id());
        if (task == null) {
            return;
        }
        tally.add(answer);
        String problem = answer.error() != null ? answer.error() : missingFields(task, answer);
        if (problem != null) {
            owed.remove(answer.id());
            check(recorder.add(new FinishedPaper(task.index(), PaperOutcome.FAILED, null, problem), null));
            return;
        }
        RepairedPaper entry = entry(task, answer, writerOf(answer, round));
        owed.remove(answer.id());
        check(recorder.add(FinishedPaper.repaired(task.index(), PaperOutcome.SUMMARIZED, entry), entry));
    }

    @Nullable
    private static String missingFields(PaperTask task, SummaryResponse answer) {
        List<String> missing = new ArrayList<>();
        for (String field : task.required()) {
            String text = answer.fields() == null ? null : answer.fields().get(field);
            if (text == null || text.isBlank()) {
                missing.add(field);
            }
        }
        return missing.isEmpty() ? null : "the summarizer returned no text for " + String.join(", ", missing);
    }

    /**
     * The configuration an answer is filed under: the one learnt, unless its provenance names a model or
     * prompt that configuration does not use, which means the summarizer was restarted with another one
     * since; then it is asked again, and the answer filed under what it runs now if that could have
     * written it (else, at a loss, under the one learnt).
     */
    private SummarizerInfo writerOf(SummaryResponse answer, Round round) {
        SummarizerInfo writer = round.writer;
        if (couldHaveWritten(writer, answer)) {
            return writer;
        }
        try {
            SummarizerInfo now = summaries.freshInfo();
            round.runsNow(now);
            return couldHaveWritten(now, answer) ? now : writer;
        } catch (ServiceUnavailableException e) {
            return writer;
        }
    }

    private static boolean couldHaveWritten(SummarizerInfo summarizer, SummaryResponse answer) {
        return answer.provenance() == null || answer.provenance().values().stream().allMatch(summarizer::mayHaveWritten);
    }

    /** The new cache entry: the answer's required fields, over what an upgraded entry already had. */
    private RepairedPaper entry(PaperTask task, SummaryResponse answer, SummarizerInfo summarizer) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        if (task.base() != null) {
            fields.putAll(task.base().fields());
            provenance.putAll(task.base().provenance());
        }
        for (String field : task.required()) {
            fields.put(field, answer.fields().get(field));
            Provenance p = answer.provenance() == null ? null : answer.provenance().get(field);
            if (p != null) {
                provenance.put(field, p);
            } else {
                provenance.remove(field);
            }
        }
        // under the key of the configuration that wrote it, which is the planned one unless the summarizer changed
        return new RepairedPaper(CacheKey.full(task.contentKey(), summarizer), task.contentKey(), summarizer, fields,
                provenance, clock.get());
    }

    private void fail(Map<String, PaperTask> owed, String error) {
        List<FinishedPaper> failed = owed.values().stream()
                .map(t -> new FinishedPaper(t.index(), PaperOutcome.FAILED, null, error)).toList();
        check(ledger.record(in.job().id(), in.owner(), failed, List.of()));
        owed.clear();
    }

    /** Calls until the service answers; a refusal is the caller's to handle. */
    private <T> T waitFor(String service, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            checkStop();
            try {
                T value = call.get();
                if (attempt > 1) {
                    check(ledger.message(in.job().id(), in.owner(), null));
                }
                return value;
            } catch (ServiceUnavailableException e) {
                waitAfter(e, attempt);
            }
        }
    }

    private void waitAfter(ServiceUnavailableException e, int attempt) {
        long delay = delay(attempt);
        String message = "waiting for " + e.service() + " (attempt " + attempt + ", next in " + (delay / 1000.0) + " s): "
                + rootMessage(e);
        LOG.info("job {}: {}", in.job().id(), message);
        check(ledger.message(in.job().id(), in.owner(), message));
        pause(delay);
    }

    long delay(int attempt) {
        long initial = Math.max(1, settings.retryInitialDelay().toMillis());
        long max = Math.max(initial, settings.retryMaxDelay().toMillis());
        int doublings = Math.min(30, Math.max(0, attempt - 1));
        return Math.min(max, initial << Math.min(doublings, 20));
    }

    /** Waits in short steps, so that a cancel is seen within one step. */
    private void pause(long millis) {
        try {
            for (long left = millis; left > 0; left -= PAUSE_STEP_MILLIS) {
                checkStop();
                sleeper.sleep(Math.min(left, PAUSE_STEP_MILLIS));
            }
            checkStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            throw new Stopped();
        }
    }

    private void checkStop() {
        if (stop.get()) {
            throw new Stopped();
        }
    }

    private void check(boolean stillOurs) {
        if (!stillOurs) {
            stop.set(true);
            throw new Stopped();
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null ? root.getClass().getSimpleName() : m;
    }
}
