package io.digestrepair.gateway.serve;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.gateway.digest.DigestChanged;
import io.digestrepair.gateway.digest.DigestName;
import io.digestrepair.gateway.digest.Revision;
import io.digestrepair.gateway.repair.RepairFinished;
import io.digestrepair.gateway.repair.RepairJob;
import io.digestrepair.gateway.store.DigestRepository;
import io.digestrepair.gateway.store.JobRepository;
import io.digestrepair.support.ProblemException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Serves digests as bodies made once: the repaired Markdown or JSON Lines, the page, the JSON
 * view and the index. A body that is fresh is answered on the event loop; otherwise the store is
 * read on a blocking thread.
 */
@Singleton
public class ServeService {

    public static final String HTML = "text/html; charset=utf-8";
    public static final String JSON = "application/json";

    private final DigestRepository digests;
    private final JobRepository jobs;
    private final DigestReader reader;
    private final PageRenderer pages;
    private final JsonMapper json;
    private final Executor blocking;
    private final RenditionCache cache;

    public ServeService(DigestRepository digests, JobRepository jobs, DigestReader reader, PageRenderer pages,
                        JsonMapper json, @Named(TaskExecutors.BLOCKING) Executor blocking, ServeProperties properties) {
        this.digests = digests;
        this.jobs = jobs;
        this.reader = reader;
        this.pages = pages;
        this.json = json;
        this.blocking = blocking;
        this.cache = new RenditionCache(properties.revalidate().toMillis(), System::nanoTime, properties.cacheSize());
    }

    /** The digest in its own format: repaired when a repair has finished, else as uploaded. */
    public CompletableFuture<Rendition> file(String name, DigestFormat format) {
        requireName(name);
        return serve("file:" + format.wireName() + ":" + name, () -> {
            var stamp = stampOf(name);
            if (stamp.format() != format) {
                throw ProblemException.notFound(name + " is " + stamp.format().wireName() + ": /digests/" + name + stamp.format().extension());
            }
            return stamp.file();
        }, s -> fileOf(digests.current(name).orElseThrow(() -> missing(name)), format));
    }

    /** A stored revision in its own format ({@code ?revision=N}): its last repair, or as uploaded. */
    public CompletableFuture<Rendition> file(String name, DigestFormat format, int revision) {
        requireName(name);
        return serve("file:" + format.wireName() + ":" + name + "@" + revision, () -> revisionStamp(name, revision), s -> {
            Revision r = reader.revision(name, revision);
            if (r.format() != format) {
                throw ProblemException.notFound("revision " + revision + " of " + name + " is " + r.format().wireName()
                        + ": /digests/" + name + r.format().extension() + "?revision=" + revision);
            }
            return fileOf(r, format);
        });
    }

    /** The page of a stored revision ({@code ?revision=N}). */
    public CompletableFuture<Rendition> page(String name, int revision) {
        requireName(name);
        return serve("page:" + name + "@" + revision, () -> revisionStamp(name, revision) + "/" + stampOf(name).page(),
                s -> new Rendition(HTML, pages.digest(PageModels.digest(reader.read(name, revision))), Map.of()));
    }

    private Rendition fileOf(Revision r, DigestFormat format) {
        byte[] body = r.repaired() ? digests.repaired(r.name(), r.revision()).orElseThrow()
                : digests.source(r.name(), r.revision()).orElseThrow();
        String type = format == DigestFormat.MARKDOWN ? "text/markdown; charset=utf-8" : "application/x-ndjson";
        return new Rendition(type, body, Map.of("X-Digest-Repair", servedAs(r), "X-Digest-Revision", Integer.toString(r.revision())));
    }

    /** {@code partial}: what a job still running has repaired so far, with earlier repairs for what it has not. */
    private String servedAs(Revision r) {
        if (!r.repaired()) {
            return "original";
        }
        // a job still running, or cancelled, served what it had: its repairs so far and earlier ones
        boolean unfinished = jobs.find(r.repairedJobId())
                .map(j -> !j.state().terminal() || j.state() == io.digestrepair.gateway.repair.JobState.CANCELLED).orElse(false);
        return unfinished ? "partial" : "repaired";
    }

    private String revisionStamp(String name, int revision) {
        Revision r = reader.revision(name, revision);
        return r.revision() + "/" + r.repairedJobId() + "/" + r.repairedAt();
    }

    public CompletableFuture<Rendition> page(String name) {
        requireName(name);
        return serve("page:" + name, () -> stampOf(name).page() + "/" + digests.count(),
                s -> new Rendition(HTML, pages.digest(pageModel(name)), Map.of()));
    }

    /** The digest's original text of every repaired field: what "original" links to, and what search reads. */
    public CompletableFuture<Rendition> original(String name) {
        requireName(name);
        return serve("original:" + name, () -> stampOf(name).page(),
                s -> new Rendition(HTML, pages.original(pageModel(name)), Map.of()));
    }

    /** What the page shows, with its neighbouring days and, for JSON Lines, the rows' own links. Blocking. */
    public PageViews.DigestPage pageModel(String name) {
        return reading(name, digests.currentRevisions().stream().map(Revision::name).toList()).page();
    }

    /** A digest's state and what its page shows. */
    public record Reading(DigestState state, PageViews.DigestPage page) {
    }

    Reading reading(String name, List<String> names) {
        DigestState state = reader.read(name);
        Revision r = state.revision();
        Map<Integer, RowExtras.Row> rows = r.format() != DigestFormat.MARKDOWN
                ? RowExtras.of(digests.source(name, r.revision()).orElse(new byte[0]), json) : Map.of();
        return new Reading(state, PageModels.digest(state, names, rows));
    }

    public CompletableFuture<Rendition> detail(String name) {
        requireName(name);
        return serve("api:" + name, () -> stampOf(name).api(),
                s -> new Rendition(JSON, toJson(ApiViews.detail(reader.read(name))), Map.of()));
    }

    public CompletableFuture<Rendition> index() {
        return serve("index", digests::indexStamp, s -> {
            Map<String, RepairJob> latest = new HashMap<>();
            jobs.latestPerDigest().forEach(j -> latest.put(j.digest(), j));
            return new Rendition(HTML, pages.index(PageModels.index(digests.currentRevisions(), latest)), Map.of());
        });
    }

    /** Every digest, for {@code GET /api/digests}. Blocking. */
    public List<ApiViews.DigestSummary> list() {
        Map<String, RepairJob> active = new HashMap<>();
        jobs.latestPerDigest().stream().filter(j -> !j.state().terminal()).forEach(j -> active.put(j.digest(), j));
        return digests.currentRevisions().stream()
                .map(r -> ApiViews.DigestSummary.of(r, active.get(r.name()) != null && active.get(r.name()).revision() == r.revision()
                        ? active.get(r.name()) : null))
                .toList();
    }

    Executor blocking() {
        return blocking;
    }

    /** A body made once under a key and a stamp, for the feeds and the data-branch layout too. */
    CompletableFuture<Rendition> serve(String key, Supplier<String> stamp,
                                               java.util.function.Function<String, Rendition> build) {
        Rendition fresh = cache.fresh(key);
        if (fresh != null) {
            return CompletableFuture.completedFuture(fresh);
        }
        return CompletableFuture.supplyAsync(() -> cache.get(key, stamp, build), blocking);
    }

    @EventListener
    void onRepairFinished(RepairFinished event) {
        drop(event.digest());
    }

    @EventListener
    void onDigestChanged(DigestChanged event) {
        drop(event.name());
    }

    private void drop(String name) {
        for (DigestFormat f : DigestFormat.values()) {
            cache.invalidate("file:" + f.wireName() + ":" + name);
        }
        cache.invalidate("page:");
        cache.invalidate("original:" + name);
        cache.invalidate("api:" + name);
        cache.invalidate("index");
        cache.invalidate("feed:");
        cache.invalidate("branch:");
    }

    @PreDestroy
    void close() {
        cache.clear();
    }

    private DigestRepository.DigestStamp stampOf(String name) {
        return digests.stamp(name).orElseThrow(() -> missing(name));
    }

    private static ProblemException missing(String name) {
        return ProblemException.notFound("no digest named " + name);
    }

    private static void requireName(String name) {
        DigestName.problem(name).ifPresent(p -> {
            throw ProblemException.badRequest(p);
        });
    }

    private byte[] toJson(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
