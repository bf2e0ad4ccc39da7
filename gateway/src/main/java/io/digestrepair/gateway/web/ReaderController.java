package io.digestrepair.gateway.web;

import io.digestrepair.gateway.serve.DataBranch;
import io.digestrepair.gateway.serve.FeedService;
import io.digestrepair.gateway.serve.LivePapers;
import io.digestrepair.support.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.concurrent.CompletableFuture;

/** What readers use besides the page: Atom feeds, the pipeline's data-branch layout, and a running job's papers. */
@Controller
public class ReaderController {

    private final FeedService feeds;
    private final DataBranch branch;
    private final LivePapers live;

    public ReaderController(FeedService feeds, DataBranch branch, LivePapers live) {
        this.feeds = feeds;
        this.branch = branch;
        this.live = live;
    }

    /** {@code /feeds/all.atom}: the newest papers of every digest; {@code /feeds/cs.CL.atom}: of one category. */
    @Get("/feeds/{file}")
    public CompletableFuture<HttpResponse<?>> feed(@PathVariable String file, HttpRequest<?> request) {
        if (!file.endsWith(".atom")) {
            throw ProblemException.notFound("feeds are /feeds/all.atom and /feeds/<category>.atom");
        }
        String what = file.substring(0, file.length() - 5);
        return feeds.newest(what.equals("all") ? null : what).thenApply(r -> Responses.of(request, r));
    }

    @Get("/data-branch/assets/file-list.txt")
    public CompletableFuture<HttpResponse<?>> fileList(HttpRequest<?> request) {
        return branch.fileList().thenApply(r -> Responses.of(request, r));
    }

    @Get("/data-branch/data/{file}")
    public CompletableFuture<HttpResponse<?>> data(@PathVariable String file, HttpRequest<?> request) {
        return branch.data(file).thenApply(r -> Responses.of(request, r));
    }

    /** The papers a job finished after the first {@code from}, with their repaired fields: what the page needs to follow it. */
    @Get(value = "/api/jobs/{id}/papers{?from}", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public LivePapers.Batch papers(@PathVariable String id, @Nullable @QueryValue Integer from) {
        return live.since(id, from == null ? 0 : from);
    }
}
