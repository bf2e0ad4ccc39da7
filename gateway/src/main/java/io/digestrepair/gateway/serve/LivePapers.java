package io.digestrepair.gateway.serve;

import io.digestrepair.core.Action;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.core.wire.Provenance;
import io.digestrepair.gateway.repair.RepairJob;
import io.digestrepair.gateway.store.DigestRepository;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import io.digestrepair.gateway.repair.FinishedPaper;
import io.digestrepair.gateway.repair.PaperOutcome;
import io.digestrepair.gateway.repair.RepairedPaper;
import io.digestrepair.gateway.store.JobRepository;
import io.digestrepair.gateway.store.RepairedPaperRepository;
import io.digestrepair.support.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The papers a running job has finished, for the page that follows it: its counts and cards are
 * brought up to date as papers come back, without reloading a page of several hundred papers.
 */
@Singleton
public class LivePapers {

    /**
     * @param badge {@code translated}, {@code from-abstract} or {@code generated}: what was done, as the page's
     *              badges say it ({@link PageModels#kind})
     */
    @Serdeable
    public record LiveField(String text, String badge, @Nullable String engine) {
    }

    @Serdeable
    public record LivePaper(int index, String status, @Nullable String error, Map<String, LiveField> fields) {
    }

    /** @param next what to ask for next time ({@code ?from=next}) */
    @Serdeable
    public record Batch(List<LivePaper> papers, int next) {
    }

    private final JobRepository jobs;
    private final RepairedPaperRepository cache;
    private final DigestRepository digests;
    private final JsonMapper json;
    /** What each field of a job's revision needed, read once per job (a page asks many times). */
    private final Map<String, Map<Integer, Map<String, Action>>> actions = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<Integer, Map<String, Action>>> eldest) {
                    return size() > 16;
                }
            });

    public LivePapers(JobRepository jobs, RepairedPaperRepository cache, DigestRepository digests, JsonMapper json) {
        this.jobs = jobs;
        this.cache = cache;
        this.digests = digests;
        this.json = json;
    }

    private Map<Integer, Map<String, Action>> actions(RepairJob job) {
        return actions.computeIfAbsent(job.id(), id -> {
            Map<Integer, Map<String, Action>> byPaper = new java.util.HashMap<>();
            digests.parseJson(job.digest(), job.revision()).ifPresent(text -> {
                try {
                    for (Paper p : json.readValue(text, ParseResult.class).papers()) {
                        Map<String, Action> fields = new java.util.HashMap<>();
                        if (p.fields() != null) {
                            p.fields().forEach((k, f) -> fields.put(k, f.action()));
                        }
                        byPaper.put(p.index(), fields);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("unreadable parse result of " + job.digest(), e);
                }
            });
            return byPaper;
        });
    }

    /** Papers finished after the first {@code from}, in finishing order. Blocking. */
    public Batch since(String jobId, int from) {
        if (from < 0) {
            throw ProblemException.badRequest("from: must be 0 or more, was " + from);
        }
        RepairJob job = jobs.find(jobId).orElseThrow(() -> ProblemException.notFound("no job " + jobId));
        Map<Integer, Map<String, Action>> needed = actions(job);
        List<FinishedPaper> all = jobs.papersInFinishOrder(jobId);
        List<FinishedPaper> fresh = from >= all.size() ? List.of() : all.subList(from, all.size());
        Map<String, RepairedPaper> entries = cache.findAll(fresh.stream().map(FinishedPaper::cacheKey)
                .filter(k -> k != null).toList());
        List<LivePaper> papers = fresh.stream().map(f -> {
            RepairedPaper entry = f.cacheKey() == null ? null : entries.get(f.cacheKey());
            Map<String, LiveField> fields = new LinkedHashMap<>();
            if (entry != null) {
                Map<String, Action> paper = needed.getOrDefault(f.index(), Map.of());
                entry.fields().forEach((key, text) -> {
                    Action action = paper.get(key);
                    if (action == null || action == Action.KEEP) {
                        return; // the page serves a kept field as the digest has it
                    }
                    Provenance p = entry.provenance().get(key);
                    fields.put(key, new LiveField(text, PageModels.kind(action, p),
                            p == null ? null : p.engine() + " · " + p.model()));
                });
            }
            boolean failed = f.outcome() == PaperOutcome.FAILED || entry == null;
            return new LivePaper(f.index(), failed ? PaperStatus.FAILED.css() : PaperStatus.REPAIRED.css(), f.error(), fields);
        }).toList();
        return new Batch(papers, all.size());
    }
}
