package io.digestrepair.gateway.repair;

import io.digestrepair.gateway.summarizer.SummarizerInfo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** An in-memory store for one job. */
final class FakeLedger implements RepairPorts.Ledger {

    final Map<String, RepairedPaper> cache = new ConcurrentHashMap<>();
    final List<FinishedPaper> finished = new CopyOnWriteArrayList<>();
    final List<String> messages = new CopyOnWriteArrayList<>();
    volatile boolean ours = true;
    volatile JobState finalState;
    volatile String finalMessage;
    volatile byte[] repaired;
    volatile int total = -1;
    /** The configuration each plan of the run was made under. */
    final List<SummarizerInfo> starts = new CopyOnWriteArrayList<>();
    /** Papers per write, in the order of the writes. */
    final List<Integer> writes = new CopyOnWriteArrayList<>();
    /** Papers recorded before the job stops being ours (simulates a cancel after that many). */
    volatile int cancelAfter = Integer.MAX_VALUE;

    @Override
    public List<FinishedPaper> finished(String jobId) {
        return new ArrayList<>(finished);
    }

    @Override
    public Map<String, RepairedPaper> cacheByKey(Collection<String> cacheKeys) {
        Map<String, RepairedPaper> hits = new HashMap<>();
        cacheKeys.forEach(k -> {
            if (cache.containsKey(k)) {
                hits.put(k, cache.get(k));
            }
        });
        return hits;
    }

    @Override
    public Map<String, RepairedPaper> cacheNewestByContent(Collection<String> contentKeys) {
        Map<String, RepairedPaper> hits = new HashMap<>();
        cache.values().forEach(p -> {
            if (contentKeys.contains(p.contentKey())) {
                hits.merge(p.contentKey(), p, (a, b) -> a.createdAt().isAfter(b.createdAt()) ? a : b);
            }
        });
        return hits;
    }

    @Override
    public boolean start(String jobId, String owner, int total, SummarizerInfo summarizer) {
        this.total = total;
        starts.add(summarizer);
        return ours;
    }

    @Override
    public synchronized boolean record(String jobId, String owner, List<FinishedPaper> papers, List<RepairedPaper> entries) {
        entries.forEach(e -> cache.put(e.cacheKey(), e));
        writes.add(papers.size());
        if (!ours || finished.size() + papers.size() > cancelAfter) {
            ours = false;
            return false;
        }
        finished.addAll(papers);
        return true;
    }

    @Override
    public boolean message(String jobId, String owner, String message) {
        messages.add(String.valueOf(message));
        return ours;
    }

    @Override
    public boolean finish(String jobId, String owner, JobState state, String message, byte[] repaired,
                          int papersRepaired, int papersFailed) {
        if (!ours) {
            return false;
        }
        this.finalState = state;
        this.finalMessage = message;
        this.repaired = repaired;
        return true;
    }

    long count(PaperOutcome outcome) {
        return finished.stream().filter(p -> p.outcome() == outcome).count();
    }
}
