package io.digestrepair.gateway.repair;

import io.digestrepair.core.wire.Edit;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.gateway.remote.RemoteRejectedException;
import io.digestrepair.gateway.remote.ServiceUnavailableException;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a job serves before it is done, so that readers always get the best repaired text there is:
 * the papers it has repaired (from the cache at once), and for the papers still waiting the fields of
 * the digest's previous repaired revision rather than this revision's raw text. Every method answers
 * false when the job is no longer its owner's.
 */
final class ProvisionalDigest {

    private static final Logger LOG = LoggerFactory.getLogger(ProvisionalDigest.class);

    private final RepairRun.Input in;
    private final RepairPorts.Renderer renderer;
    private final RepairPorts.Ledger ledger;

    ProvisionalDigest(RepairRun.Input in, RepairPorts.Renderer renderer, RepairPorts.Ledger ledger) {
        this.in = in;
        this.renderer = renderer;
        this.ledger = ledger;
    }

    /**
     * While the summarizer cannot say what it runs, the cache is asked by content alone (a repair of
     * the same paper under any configuration stands, as it does for a summarizer that never says):
     * those papers are done at once, and what can be served is served.
     */
    boolean answerFromCacheMeanwhile(List<Paper> toRepair) {
        if (in.job().upgrade() != null) {
            return true; // an upgrade is for asking again
        }
        String jobId = in.job().id();
        if (!ledger.start(jobId, in.owner(), toRepair.size(), SummarizerInfo.unknown())) {
            return false;
        }
        Set<Integer> finished = new HashSet<>();
        ledger.finished(jobId).forEach(p -> finished.add(p.index()));
        List<Paper> open = toRepair.stream().filter(p -> !finished.contains(p.index())).toList();
        RepairPlan plan = RepairPlan.make(open, in.targetLanguage(), SummarizerInfo.unknown(), null,
                ledger::cacheByKey, ledger::cacheNewestByContent);
        if (!ledger.record(jobId, in.owner(), plan.cached(), List.of())) {
            return false;
        }
        LOG.info("job {} ({} rev {}): summarizer-service unreachable; {} of {} papers answered from the cache meanwhile",
                jobId, in.job().digest(), in.job().revision(), plan.cached().size() + finished.size(), toRepair.size());
        return serve(toRepair);
    }

    /**
     * Renders what the job has so far, with the previous repaired revision's fields for the papers
     * still waiting, and serves it until the job is done. Best effort: a parser that cannot render
     * now only means readers wait like the job does.
     */
    boolean serve(List<Paper> toRepair) {
        String jobId = in.job().id();
        List<FinishedPaper> all = ledger.finished(jobId);
        List<String> keys = all.stream().filter(p -> p.cacheKey() != null).map(FinishedPaper::cacheKey).toList();
        List<Edit> edits = new ArrayList<>(Edits.of(in.parsed(), all, ledger.cacheByKey(keys)));
        Set<Integer> done = new HashSet<>();
        all.stream().filter(p -> p.outcome() != PaperOutcome.FAILED).forEach(p -> done.add(p.index()));
        PreviousRepairs previous = ledger.previousRepairs(in.job().digest(), in.job().revision());
        List<Edit> standIns = previous.edits(toRepair, done);
        if (edits.isEmpty() && standIns.isEmpty()) {
            return true;
        }
        edits.addAll(standIns);
        edits.sort(Comparator.comparingInt(Edit::index).thenComparing(Edit::field));
        byte[] output;
        try {
            output = renderer.render(in.source(), in.format(), edits);
        } catch (ServiceUnavailableException | RemoteRejectedException e) {
            LOG.info("job {}: no provisional digest ({})", jobId, e.getMessage());
            return true;
        }
        if (!ledger.provisional(jobId, in.owner(), output, done.size())) {
            return false;
        }
        LOG.info("job {}: serving {} repaired papers and {} stand-in fields from revision {} until it is done",
                jobId, done.size(), standIns.size(), previous.revision());
        return true;
    }
}
