package io.digestrepair.gateway.web;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.gateway.digest.DigestService;
import io.digestrepair.gateway.digest.Ingested;
import io.digestrepair.gateway.digest.Revision;
import io.digestrepair.gateway.ingest.UrlImport;
import io.digestrepair.gateway.repair.RepairJob;
import io.digestrepair.gateway.repair.Upgrade;
import io.digestrepair.gateway.serve.ApiViews;
import io.digestrepair.gateway.serve.ServeService;
import io.digestrepair.support.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/** The digest API: upload, import, repair, and the JSON views. */
@Controller("/api/digests")
public class DigestApiController {

    private final DigestService digests;
    private final UrlImport imports;
    private final ServeService serve;

    public DigestApiController(DigestService digests, UrlImport imports, ServeService serve) {
        this.digests = digests;
        this.imports = imports;
        this.serve = serve;
    }

    /** Stores the body as the digest's new revision and, unless {@code ?repair=false}, repairs it. */
    @Put(value = "/{name}", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<ApiBodies.Uploaded> upload(@PathVariable String name,
                                                   @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
                                                   @Nullable @QueryValue String repair,
                                                   @Nullable @QueryValue String restore,
                                                   @Nullable @Body byte[] body) {
        Ingested ingested = digests.ingest(name, body, formatOf(contentType), Revision.ORIGIN_API, repairWanted(repair),
                restoreWanted(restore));
        return created(ingested);
    }

    /** Fetches a digest from an http(s) URL (public addresses only, unless configured) and stores it like an upload. */
    @Post(value = "/{name}/import", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<ApiBodies.Uploaded> importUrl(@PathVariable String name, @Nullable @QueryValue String repair,
                                                      @Nullable @Body ApiBodies.ImportRequest request) {
        if (request == null || request.url() == null || request.url().isBlank()) {
            throw ProblemException.badRequest("the body is {\"url\": \"https://...\"}", null, "url");
        }
        return created(imports.importDigest(name, request.url().trim(), repairWanted(repair)));
    }

    /** 202 with the job; 200 without one when an upgrade has nothing to do (the summarizer runs the offline engine). */
    @Post(value = "/{name}/repair", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> repair(@PathVariable String name, @Nullable @QueryValue String upgrade,
                                  @Nullable @QueryValue String restore) {
        Upgrade mode = null;
        if (upgrade != null && !upgrade.isBlank()) {
            mode = Upgrade.of(upgrade).orElseThrow(() ->
                    ProblemException.badRequest("upgrade is 'offline' (re-repair the fields the offline engine wrote)", null, "upgrade"));
        }
        boolean restoring = restoreWanted(restore);
        if (restoring && mode != null) {
            throw ProblemException.badRequest("ask for ?restore=dropped and ?upgrade=offline one at a time", null, "restore");
        }
        DigestService.RepairRequested requested = restoring ? digests.restore(name) : digests.repair(name, mode);
        if (requested.job() == null) {
            Revision r = requested.revision();
            return HttpResponse.ok(new ApiBodies.RepairSkipped(r.name(), r.revision(), mode.engine(),
                    true, requested.skipped(), requested.summarizer()));
        }
        RepairJob job = requested.job();
        return HttpResponse.status(HttpStatus.ACCEPTED)
                .header(HttpHeaders.LOCATION, "/api/jobs/" + job.id())
                .body(new ApiBodies.RepairStarted(job.id(), job.digest(), job.revision(), job.state().name(),
                        "/api/jobs/" + job.id() + "/events", ApiBodies.Restored.of(requested.restored())));
    }

    /** Makes a stored revision the current one again (token-protected like every write). */
    @Post(value = "/{name}/revisions/{revision}/restore", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public ApiBodies.RevisionRestored restore(@PathVariable String name, @PathVariable String revision) {
        DigestService.RevisionRestored r = digests.restore(name, Revisions.number(revision));
        return new ApiBodies.RevisionRestored(r.revision().name(), r.revision().revision(), r.previous(), r.revision().repaired(),
                r.job() == null ? null : r.job().id());
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public List<ApiViews.DigestSummary> list() {
        return serve.list();
    }

    /** Diagnosis, per-field provenance, jobs and revisions of the digest. */
    @Get(value = "/{name}", produces = MediaType.APPLICATION_JSON)
    public CompletableFuture<HttpResponse<?>> detail(@PathVariable String name, HttpRequest<?> request) {
        return serve.detail(name).thenApply(r -> Responses.of(request, r));
    }

    private static HttpResponse<ApiBodies.Uploaded> created(Ingested i) {
        if (i.isCrawl()) {
            var c = i.crawl();
            return HttpResponse.created(new ApiBodies.Uploaded(c.date().toString(), 0, DigestFormat.CRAWL.wireName(), i.counts(),
                    null, c.papers(), c.describe(), null), URI.create("/api/crawls/" + c.date()));
        }
        Revision r = i.revision();
        return HttpResponse.created(new ApiBodies.Uploaded(r.name(), r.revision(), r.format().wireName(), i.counts(),
                        i.job() == null ? null : i.job().id(), null, null, ApiBodies.Restored.of(i.restored())),
                URI.create("/api/digests/" + r.name()));
    }

    /** {@code ?restore=dropped}: bring back the papers of the day's crawl the digest lacks. Off unless asked. */
    private static boolean restoreWanted(@Nullable String restore) {
        if (restore == null || restore.isBlank()) {
            return false;
        }
        return switch (restore.trim().toLowerCase(Locale.ROOT)) {
            case "dropped" -> true;
            case "none", "false", "no" -> false;
            default -> throw ProblemException.badRequest("restore is 'dropped' (the papers of the day's crawl the digest lacks)",
                    null, "restore");
        };
    }

    private static boolean repairWanted(@Nullable String repair) {
        if (repair == null || repair.isBlank()) {
            return true;
        }
        return switch (repair.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ProblemException.badRequest("repair is true or false", null, "repair");
        };
    }

    /** The declared format; anything else is left to the parser to sniff. */
    @Nullable
    static DigestFormat formatOf(@Nullable String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/markdown", "text/x-markdown" -> DigestFormat.MARKDOWN;
            case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
                 "application/jsonlines", "application/json-lines" -> DigestFormat.JSONL;
            default -> null;
        };
    }
}
