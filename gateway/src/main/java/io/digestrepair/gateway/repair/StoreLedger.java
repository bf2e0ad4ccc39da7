package io.digestrepair.gateway.repair;

import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.gateway.store.DigestRepository;
import io.digestrepair.gateway.store.Jdbc;
import io.digestrepair.gateway.store.JobRepository;
import io.digestrepair.gateway.store.RepairedPaperRepository;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** A running job's record, kept in the store. */
@Singleton
public class StoreLedger implements RepairPorts.Ledger {

    private final Jdbc jdbc;
    private final JobRepository jobs;
    private final RepairedPaperRepository cache;
    private final DigestRepository digests;
    private final JsonMapper json;
    private final Clock clock;

    public StoreLedger(Jdbc jdbc, JobRepository jobs, RepairedPaperRepository cache, DigestRepository digests, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.jobs = jobs;
        this.cache = cache;
        this.digests = digests;
        this.clock = Clock.systemUTC();
    }

    @Override
    public List<FinishedPaper> finished(String jobId) {
        return jobs.papers(jobId);
    }

    @Override
    public Map<String, RepairedPaper> cacheByKey(Collection<String> cacheKeys) {
        return cache.findAll(cacheKeys);
    }

    @Override
    public Map<String, RepairedPaper> cacheNewestByContent(Collection<String> contentKeys) {
        return cache.findNewestByContent(contentKeys);
    }

    @Override
    public boolean start(String jobId, String owner, int total, SummarizerInfo summarizer) {
        return jobs.setTotal(jobId, owner, total, summarizer);
    }

    /**
     * Cache entries are committed even when the job is no longer this owner's: a paper the
     * summarizer has answered is worth keeping whatever happened to the job.
     */
    @Override
    public boolean record(String jobId, String owner, List<FinishedPaper> papers, List<RepairedPaper> entries) {
        if (!entries.isEmpty()) {
            // one upsert per batch: two jobs answering the same paper at once both keep what they paid for
            return jdbc.transaction(() -> {
                cache.saveAll(entries);
                return jobs.recordPapers(jobId, owner, papers, clock.instant());
            });
        }
        return jobs.recordPapers(jobId, owner, papers, clock.instant());
    }

    @Override
    public boolean message(String jobId, String owner, @Nullable String message) {
        return jobs.setMessage(jobId, owner, message);
    }

    @Override
    public boolean llm(String jobId, String owner, JobLlm llm) {
        return jobs.setLlm(jobId, owner, llm);
    }

    @Override
    public boolean finish(String jobId, String owner, JobState state, String message,
                          @Nullable byte[] repaired, int papersRepaired, int papersFailed) {
        var now = clock.instant();
        return jdbc.transaction(() -> {
            var job = jobs.find(jobId).orElse(null);
            if (job == null || !jobs.finish(jobId, owner, state, message, now)) {
                return false;
            }
            if (repaired != null) {
                digests.setRepaired(job.digest(), job.revision(), repaired, sha256(repaired), jobId,
                        papersRepaired, papersFailed, now);
            }
            return true;
        });
    }

    /** Stored as the revision's repaired digest, under this job, while the job is still this owner's. */
    @Override
    public boolean provisional(String jobId, String owner, byte[] repaired, int papersRepaired) {
        var now = clock.instant();
        return jdbc.transaction(() -> {
            var job = jobs.find(jobId).orElse(null);
            if (job == null || !jobs.heartbeat(jobId, owner, now)) {
                return false;
            }
            digests.setRepaired(job.digest(), job.revision(), repaired, sha256(repaired), jobId, papersRepaired, 0, now);
            return true;
        });
    }

    @Override
    public PreviousRepairs previousRepairs(String digest, int revision) {
        var previous = digests.revisions(digest).stream()
                .filter(r -> r.revision() != revision && r.repairedJobId() != null)
                .findFirst();
        if (previous.isEmpty()) {
            return PreviousRepairs.none();
        }
        var r = previous.get();
        ParseResult parsed;
        try {
            parsed = json.readValue(digests.parseJson(digest, r.revision()).orElseThrow(), ParseResult.class);
        } catch (IOException | RuntimeException e) {
            return PreviousRepairs.none();
        }
        Map<Integer, Paper> papers = new HashMap<>();
        parsed.papers().forEach(p -> papers.put(p.index(), p));
        List<FinishedPaper> finished = jobs.papers(r.repairedJobId()).stream()
                .filter(p -> p.outcome() != PaperOutcome.FAILED && p.cacheKey() != null).toList();
        Map<String, RepairedPaper> entries = cache.findAll(finished.stream().map(FinishedPaper::cacheKey).toList());
        Map<String, Map<String, String>> fields = new HashMap<>();
        for (FinishedPaper f : finished) {
            Paper paper = papers.get(f.index());
            RepairedPaper entry = entries.get(f.cacheKey());
            String key = paper == null ? null : PreviousRepairs.key(paper);
            if (key != null && entry != null) {
                fields.putIfAbsent(key, entry.fields());
            }
        }
        return new PreviousRepairs(r.revision(), fields);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
