package io.digestrepair.gateway.digest;

import io.digestrepair.core.Action;
import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.wire.Counts;
import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.core.wire.RestoreResult;
import io.digestrepair.gateway.crawl.Crawl;
import io.digestrepair.gateway.crawl.CrawlService;
import io.digestrepair.gateway.store.CrawlRepository;
import io.digestrepair.gateway.parser.Parser;
import io.digestrepair.gateway.remote.RemoteRejectedException;
import io.digestrepair.gateway.remote.ServiceUnavailableException;
import io.digestrepair.gateway.repair.JobService;
import io.digestrepair.gateway.repair.RepairJob;
import io.digestrepair.gateway.repair.Upgrade;
import io.digestrepair.gateway.store.DigestRepository;
import io.digestrepair.gateway.store.Jdbc;
import io.digestrepair.gateway.store.StoreException;
import io.digestrepair.gateway.summarizer.Summarizer;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import io.digestrepair.support.ProblemException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Digests in: every upload, import and watched file becomes a revision, parsed once and kept. */
@Singleton
public class DigestService {

    private final Parser parser;
    private final DigestRepository digests;
    private final JobService jobs;
    private final Jdbc jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher<DigestChanged> events;
    private final Summarizer summarizer;
    private final UploadLimit limit;
    private final CrawlService crawls;
    private final CrawlRepository crawlRepository;
    private final Clock clock = Clock.systemUTC();

    public DigestService(Parser parser, DigestRepository digests, JobService jobs, Jdbc jdbc, JsonMapper json,
                         ApplicationEventPublisher<DigestChanged> events, Summarizer summarizer, UploadLimit limit,
                         CrawlService crawls, CrawlRepository crawlRepository) {
        this.crawls = crawls;
        this.crawlRepository = crawlRepository;
        this.summarizer = summarizer;
        this.limit = limit;
        this.parser = parser;
        this.digests = digests;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    /**
     * Parses and stores a digest as the name's new revision, and queues its repair.
     *
     * @param format the format the client declared, or null to let the parser sniff
     * @param origin where it came from ({@link Revision#ORIGIN_API}, ...)
     */
    public Ingested ingest(String name, byte[] body, @Nullable DigestFormat format, String origin, boolean repair) {
        return ingest(name, body, format, origin, repair, false);
    }

    /**
     * As {@link #ingest(String, byte[], DigestFormat, String, boolean)}; with {@code restore}, a digest is
     * then restored from its day's crawl ({@link #restore}) and that revision repaired. A digest whose
     * crawl is missing is refused before anything is stored; a crawl is stored as ever.
     */
    public Ingested ingest(String name, byte[] body, @Nullable DigestFormat format, String origin, boolean repair,
                           boolean restore) {
        if (restore) {
            Ingested ingested = store(name, body, format, origin, false, true);
            if (ingested.isCrawl()) {
                return ingested;
            }
            RepairRequested restored = restore(name);
            Counts counts = restored.restored() != null && !restored.restored().restored().isEmpty()
                    ? parsedCounts(restored.revision()) : ingested.counts();
            return new Ingested(restored.revision(), counts, restored.job(), null, restored.restored());
        }
        return store(name, body, format, origin, repair, false);
    }

    private Counts parsedCounts(Revision revision) {
        try {
            return json.readValue(digests.parseJson(revision.name(), revision.revision()).orElseThrow(), CountsOnly.class).counts();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param crawlRequired refuse a digest (not a crawl) whose day's crawl is not stored, before storing it */
    private Ingested store(String name, byte[] body, @Nullable DigestFormat format, String origin, boolean repair,
                           boolean crawlRequired) {
        DigestName.problem(name).ifPresent(p -> {
            throw ProblemException.badRequest(p);
        });
        if (body == null || body.length == 0 || isBlank(body)) {
            throw ProblemException.badRequest("the digest is empty");
        }
        limit.check(body);
        Optional<Ingested> same = sameAsCurrent(name, body, format, repair);
        if (same.isPresent()) {
            return same.get();
        }
        ParseResult parsed = parse(body, format);
        if (parsed.papers().isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY,
                    "no paper found: the body is neither the pipeline's Markdown nor its JSON Lines");
        }
        if (parsed.format() == DigestFormat.CRAWL) {
            // data/<date>.jsonl beside the digests: the day's crawl, never a revision of the digest <date>
            return Ingested.ofCrawl(crawls.store(name, body, parsed, origin), parsed.counts());
        }
        if (crawlRequired) {
            crawls.requireFor(name);
        }
        String parseJson;
        try {
            parseJson = json.writeValueAsString(parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int toRepair = (int) parsed.papers().stream().filter(p -> p.action() != Action.KEEP).count();
        Ingested ingested = store(name, body, parsed, parseJson, origin, toRepair, repair, r -> {
        });
        events.publishEvent(new DigestChanged(name, ingested.revision().revision()));
        if (ingested.job() != null) {
            jobs.wake();
        }
        return ingested;
    }

    /**
     * The body the current revision already holds is no new revision: the current one is answered,
     * with the job that repaired it (or repairs it now). A new job is queued only when none is
     * running and the last one did not repair every paper, so that sending a file again retries
     * what failed, from the cache for the rest.
     */
    private Optional<Ingested> sameAsCurrent(String name, byte[] body, @Nullable DigestFormat format, boolean repair) {
        Optional<Revision> current = digests.current(name);
        if (current.isEmpty() || !current.get().sourceSha256().equals(sha256(body))
                || (format != null && format != current.get().format())) {
            return Optional.empty();
        }
        Revision revision = current.get();
        CountsOnly parsed;
        try {
            // only the counts: the papers, their fields and spans are skipped, not built
            parsed = json.readValue(digests.parseJson(name, revision.revision()).orElseThrow(), CountsOnly.class);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (parsed.counts() == null) {
            return Optional.empty();
        }
        RepairJob job = null;
        if (repair) {
            job = jobs.forDigest(name, 1).stream()
                    .filter(j -> j.revision() == revision.revision() && j.upgrade() == null)
                    .filter(j -> !j.state().terminal() || (j.state() == io.digestrepair.gateway.repair.JobState.DONE && j.failed() == 0))
                    .findFirst().orElse(null);
            if (job == null) {
                job = jobs.start(revision, null);
                jobs.wake();
            }
        }
        return Optional.of(new Ingested(revision, parsed.counts(), job));
    }

    /** A stored parse result read for its counts alone. */
    @io.micronaut.serde.annotation.Serdeable.Deserializable
    record CountsOnly(@Nullable io.digestrepair.core.wire.Counts counts) {
    }

    /** @param alongside more to store in the revision's transaction */
    private Ingested store(String name, byte[] body, ParseResult parsed, String parseJson, String origin, int toRepair,
                           boolean repair, java.util.function.Consumer<Revision> alongside) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbc.transaction(() -> {
                    Revision revision = digests.addRevision(name, parsed.format(), origin, body, sha256(body), parseJson,
                            parsed.papers().size(), toRepair, clock.instant());
                    alongside.accept(revision);
                    jobs.supersede(name, revision.revision());
                    RepairJob job = repair ? jobs.start(revision, null) : null;
                    return new Ingested(revision, parsed.counts(), job);
                });
            } catch (StoreException e) {
                // two first uploads of one name at once: the loser retries as the second revision
                if (attempt >= 3 || !Jdbc.isConstraintViolation(e)) {
                    throw e;
                }
            }
        }
    }

    /** A repair asked for: the job queued (or the one already at it), or why none was needed. */
    public record RepairRequested(Revision revision, @Nullable RepairJob job, @Nullable SummarizerInfo summarizer,
                                  @Nullable String skipped, @Nullable RestoreResult restored) {
        public RepairRequested(Revision revision, @Nullable RepairJob job, @Nullable SummarizerInfo summarizer,
                               @Nullable String skipped) {
            this(revision, job, summarizer, skipped, null);
        }
    }

    /**
     * Restores the papers of the day's crawl the digest lacks (see {@link CrawlService#restore}) as a new
     * revision recording them, and repairs it; with nothing to restore, repairs the current revision.
     * Nothing is stored when the crawl is missing or cannot restore this digest.
     */
    public RepairRequested restore(String name) {
        Revision revision = require(name);
        Crawl crawl = crawls.requireFor(name);
        byte[] source = digests.source(name, revision.revision()).orElseThrow();
        RestoreResult restored = crawls.restore(revision, source, crawl);
        if (restored.restored().isEmpty()) {
            RepairJob job = jobs.start(revision, null);
            jobs.wake();
            return new RepairRequested(revision, job, null, null, restored);
        }
        byte[] body = restored.source().getBytes(StandardCharsets.UTF_8);
        ParseResult parsed = parse(body, revision.format());
        String parseJson;
        try {
            parseJson = json.writeValueAsString(parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int toRepair = (int) parsed.papers().stream().filter(p -> p.action() != Action.KEEP).count();
        // the origin stays the file's or the upload's: a watched digest's repaired copy goes where it went
        Ingested ingested = store(name, body, parsed, parseJson, revision.origin(), toRepair, true,
                r -> crawlRepository.recordRestore(name, r.revision(), revision.revision(), crawl.date(), restored.restored()));
        events.publishEvent(new DigestChanged(name, ingested.revision().revision()));
        jobs.wake();
        return new RepairRequested(ingested.revision(), ingested.job(), null, null, restored);
    }

    /** Whether a restore can be asked for this digest: the 4xx that says what is missing, before anything is stored. */
    public void requireCrawlFor(String name) {
        crawls.requireFor(name);
    }

    /**
     * Queues a repair of the current revision. An upgrade the summarizer's own configuration makes
     * pointless (the offline engine asked to rewrite what it wrote) queues nothing and says why; when
     * the summarizer cannot be asked, the job is queued and finds out itself.
     */
    public RepairRequested repair(String name, @Nullable Upgrade upgrade) {
        Revision revision = require(name);
        if (upgrade != null) {
            try {
                // asked afresh: a client asking for an upgrade has likely just reconfigured the summarizer
                SummarizerInfo now = summarizer.freshInfo();
                if (upgrade.pointlessWith(now)) {
                    return new RepairRequested(revision, null, now, upgrade.nothingToDo());
                }
            } catch (ServiceUnavailableException e) {
                // the job waits for the summarizer like any other
            }
        }
        RepairJob job = jobs.start(revision, upgrade);
        jobs.wake();
        return new RepairRequested(revision, job, null, null);
    }

    /** What a restore did: the revision now current, the one it replaced, and the repair queued if it had none. */
    public record RevisionRestored(Revision revision, int previous, @Nullable RepairJob job) {
    }

    /**
     * Makes a stored revision current again: served as it was last repaired, or repaired now when it
     * never was. Nothing is deleted; jobs of the revision it replaces are cancelled.
     */
    public RevisionRestored restore(String name, int number) {
        Revision current = require(name);
        Revision wanted = digests.revision(name, number)
                .orElseThrow(() -> ProblemException.notFound("no revision " + number + " of " + name));
        RepairJob job = jdbc.transaction(() -> {
            if (!digests.restore(name, number, clock.instant())) {
                throw ProblemException.notFound("no revision " + number + " of " + name);
            }
            jobs.supersede(name, number);
            return wanted.repaired() || wanted.papersToRepair() == 0 ? null : jobs.start(wanted, null);
        });
        events.publishEvent(new DigestChanged(name, number));
        if (job != null) {
            jobs.wake();
        }
        return new RevisionRestored(wanted, current.revision(), job);
    }

    public Optional<Revision> current(String name) {
        return digests.current(name);
    }

    public Revision require(String name) {
        DigestName.problem(name).ifPresent(p -> {
            throw ProblemException.badRequest(p);
        });
        return digests.current(name).orElseThrow(() -> ProblemException.notFound("no digest named " + name));
    }

    public List<Revision> all() {
        return digests.currentRevisions();
    }

    public List<Revision> revisions(String name) {
        return digests.revisions(name);
    }

    private ParseResult parse(byte[] body, @Nullable DigestFormat format) {
        try {
            return parser.parse(body, format);
        } catch (RemoteRejectedException e) {
            var p = e.problem();
            HttpStatus status = p.status() == 413 ? HttpStatus.REQUEST_ENTITY_TOO_LARGE
                    : p.status() == 415 ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
                    : p.status() == 422 ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.BAD_REQUEST;
            throw new ProblemException(status, "the digest could not be read: " + p.detail(), p.line(), p.field(), e);
        } catch (ServiceUnavailableException e) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "parser-service is unavailable; try again shortly", null, null, e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
