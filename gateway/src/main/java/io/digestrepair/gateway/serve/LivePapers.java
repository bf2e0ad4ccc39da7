package io.digestrepair.gateway.serve;

import io.digestrepair.core.wire.Provenance;
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

    @Serdeable
    public record LiveField(String text, @Nullable String mode, @Nullable String engine) {
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

    public LivePapers(JobRepository jobs, RepairedPaperRepository cache) {
        this.jobs = jobs;
        this.cache = cache;
    }

    /** Papers finished after the first {@code from}, in finishing order. Blocking. */
    public Batch since(String jobId, int from) {
        if (from < 0) {
            throw ProblemException.badRequest("from: must be 0 or more, was " + from);
        }
        jobs.find(jobId).orElseThrow(() -> ProblemException.notFound("no job " + jobId));
        List<FinishedPaper> all = jobs.papersInFinishOrder(jobId);
        List<FinishedPaper> fresh = from >= all.size() ? List.of() : all.subList(from, all.size());
        Map<String, RepairedPaper> entries = cache.findAll(fresh.stream().map(FinishedPaper::cacheKey)
                .filter(k -> k != null).toList());
        List<LivePaper> papers = fresh.stream().map(f -> {
            RepairedPaper entry = f.cacheKey() == null ? null : entries.get(f.cacheKey());
            Map<String, LiveField> fields = new LinkedHashMap<>();
            if (entry != null) {
                entry.fields().forEach((key, text) -> {
                    Provenance p = entry.provenance().get(key);
                    fields.put(key, new LiveField(text, p == null ? null : p.mode(),
                            p == null ? null : p.engine() + " · " + p.model()));
                });
            }
            boolean failed = f.outcome() == PaperOutcome.FAILED || entry == null;
            return new LivePaper(f.index(), failed ? PaperStatus.FAILED.css() : PaperStatus.REPAIRED.css(), f.error(), fields);
        }).toList();
        return new Batch(papers, all.size());
    }
}
