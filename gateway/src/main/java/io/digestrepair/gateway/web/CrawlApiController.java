package io.digestrepair.gateway.web;

import io.digestrepair.gateway.crawl.Crawl;
import io.digestrepair.gateway.crawl.CrawlService;
import io.digestrepair.gateway.crawl.DigestDate;
import io.digestrepair.support.ProblemException;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The crawls kept beside the digests (uploaded like a digest, stored by day). */
@Controller("/api/crawls")
public class CrawlApiController {

    private final CrawlService crawls;

    public CrawlApiController(CrawlService crawls) {
        this.crawls = crawls;
    }

    @Serdeable
    public record CrawlView(String date, int papers, String sha256, String origin, String uploadedAt) {
        static CrawlView of(Crawl c) {
            return new CrawlView(c.date().toString(), c.papers(), c.sha256(), c.origin(), c.uploadedAt().toString());
        }
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public List<CrawlView> list() {
        return crawls.all().stream().map(CrawlView::of).toList();
    }

    @Get(value = "/{date}", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public CrawlView crawl(@PathVariable String date) {
        var day = DigestDate.of(date).filter(d -> d.toString().equals(date))
                .orElseThrow(() -> ProblemException.badRequest("a crawl is named by its day, YYYY-MM-DD", null, "date"));
        return crawls.find(day).map(CrawlView::of).orElseThrow(() -> ProblemException.notFound("no crawl of " + date));
    }
}
