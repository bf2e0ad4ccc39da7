package io.digestrepair.gateway.web;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.gateway.serve.Rendition;
import io.digestrepair.gateway.serve.FeedService;
import io.digestrepair.gateway.serve.ServeService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.digestrepair.gateway.digest.DigestName;
import io.digestrepair.support.ProblemException;

import java.net.URI;

import java.util.concurrent.CompletableFuture;

/** The index, each digest's page, and each digest in its own format ({@code .md}, {@code .jsonl}); {@code ?revision=N} for a stored revision. */
@Controller
public class PageController {

    private final ServeService serve;
    private final FeedService feeds;

    public PageController(ServeService serve, FeedService feeds) {
        this.serve = serve;
        this.feeds = feeds;
    }

    @Get("/")
    public CompletableFuture<HttpResponse<?>> index(HttpRequest<?> request) {
        return serve.index().thenApply(r -> Responses.of(request, r));
    }

    /** The day picker's form without script: {@code /digests?day=NAME} goes to that digest's page. */
    @Get("/digests{?day}")
    public HttpResponse<?> day(@Nullable @QueryValue String day) {
        if (day == null || day.isBlank()) {
            return HttpResponse.seeOther(URI.create("/"));
        }
        DigestName.problem(day).ifPresent(p -> {
            throw ProblemException.badRequest("day: " + p);
        });
        return HttpResponse.seeOther(URI.create("/digests/" + day));
    }

    @Get("/digests/{name}/original")
    public CompletableFuture<HttpResponse<?>> original(@PathVariable String name, HttpRequest<?> request) {
        return serve.original(name).thenApply(r -> Responses.of(request, r));
    }

    /** {@code name.md} and {@code name.jsonl} are the digest itself; a bare name is its page. */
    @Get("/digests/{file}{?revision}")
    public CompletableFuture<HttpResponse<?>> digest(@PathVariable String file, @Nullable @QueryValue String revision,
                                                     HttpRequest<?> request) {
        Integer n = revision == null ? null : Revisions.number(revision);
        CompletableFuture<Rendition> body;
        if (file.endsWith(".md")) {
            String name = file.substring(0, file.length() - 3);
            body = n == null ? serve.file(name, DigestFormat.MARKDOWN) : serve.file(name, DigestFormat.MARKDOWN, n);
        } else if (file.endsWith(".atom")) {
            body = feeds.digest(file.substring(0, file.length() - 5));
        } else if (file.endsWith(".jsonl")) {
            String name = file.substring(0, file.length() - 6);
            body = n == null ? serve.file(name, DigestFormat.JSONL) : serve.file(name, DigestFormat.JSONL, n);
        } else {
            body = n == null ? serve.page(file) : serve.page(file, n);
        }
        return body.thenApply(r -> Responses.of(request, r));
    }
}
