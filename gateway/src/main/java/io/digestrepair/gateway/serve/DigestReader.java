package io.digestrepair.gateway.serve;

import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.gateway.digest.Revision;
import io.digestrepair.gateway.repair.FinishedPaper;
import io.digestrepair.gateway.repair.RepairJob;
import io.digestrepair.gateway.repair.RepairedPaper;
import io.digestrepair.gateway.crawl.CrawlService;
import io.digestrepair.gateway.store.CrawlRepository;
import io.digestrepair.gateway.store.DigestRepository;
import io.digestrepair.gateway.store.JobRepository;
import io.digestrepair.gateway.store.RepairedPaperRepository;
import io.digestrepair.support.ProblemException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads what the JSON view and the page of a digest show. */
@Singleton
public class DigestReader {

    private static final int JOB_HISTORY = 20;

    private final DigestRepository digests;
    private final JobRepository jobs;
    private final RepairedPaperRepository cache;
    private final JsonMapper json;

    private final CrawlRepository crawls;
    private final CrawlService crawlService;

    public DigestReader(DigestRepository digests, JobRepository jobs, RepairedPaperRepository cache, JsonMapper json,
                        CrawlRepository crawls, CrawlService crawlService) {
        this.crawls = crawls;
        this.crawlService = crawlService;
        this.digests = digests;
        this.jobs = jobs;
        this.cache = cache;
        this.json = json;
    }

    public DigestState read(String name) {
        return read(digests.current(name).orElseThrow(() -> ProblemException.notFound("no digest named " + name)));
    }

    /** A stored revision, current or not. */
    public DigestState read(String name, int number) {
        return read(revision(name, number));
    }

    public Revision revision(String name, int number) {
        return digests.revision(name, number).orElseThrow(() -> ProblemException.notFound("no revision " + number + " of " + name));
    }

    private DigestState read(Revision revision) {
        String name = revision.name();
        ParseResult parsed;
        try {
            parsed = json.readValue(digests.parseJson(name, revision.revision()).orElseThrow(), ParseResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable parse result of " + name, e);
        }
        Map<Integer, FinishedPaper> finished = new HashMap<>();
        Map<String, RepairedPaper> entries = Map.of();
        RepairJob served = null;
        if (revision.repairedJobId() != null) {
            served = jobs.find(revision.repairedJobId()).orElse(null);
            List<FinishedPaper> papers = jobs.papers(revision.repairedJobId());
            papers.forEach(p -> finished.put(p.index(), p));
            entries = cache.findAll(papers.stream().filter(p -> p.cacheKey() != null).map(FinishedPaper::cacheKey).toList());
        }
        RepairJob active = jobs.active(name).filter(j -> j.revision() == revision.revision()).orElse(null);
        Set<String> restored = crawls.restore(name, revision.revision())
                .map(r -> (Set<String>) new HashSet<>(r.ids())).orElse(Set.of());
        return new DigestState(revision, parsed, finished, entries, served, active, jobs.forDigest(name, JOB_HISTORY),
                digests.revisions(name), restored, crawlService.missing(revision, parsed).orElse(null));
    }
}
