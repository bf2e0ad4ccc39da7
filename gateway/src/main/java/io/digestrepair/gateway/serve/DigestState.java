package io.digestrepair.gateway.serve;

import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.gateway.digest.Revision;
import io.digestrepair.gateway.repair.FinishedPaper;
import io.digestrepair.gateway.repair.RepairJob;
import io.digestrepair.gateway.repair.RepairedPaper;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.gateway.crawl.CrawlService;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything known about a digest's current revision, assembled once for the JSON view and the page.
 *
 * @param finished   papers finished by the job whose result is served, by index
 * @param entries    their cache entries, by cache key
 * @param servedJob  the job whose result is served (null until one finished)
 * @param activeJob  the job queued or running now, if any
 * @param jobs       the digest's recent jobs, newest first (its history of repairs)
 * @param restored   the papers a restore added from the day's crawl (this revision's), by arXiv id
 * @param crawl      what the day's crawl holds that the digest lacks, when the crawl is known
 */
public record DigestState(
        Revision revision,
        ParseResult parsed,
        Map<Integer, FinishedPaper> finished,
        Map<String, RepairedPaper> entries,
        @Nullable RepairJob servedJob,
        @Nullable RepairJob activeJob,
        List<RepairJob> jobs,
        List<Revision> revisions,
        Set<String> restored,
        @Nullable CrawlService.Missing crawl) {

    public boolean isRestored(Paper paper) {
        return paper.id() != null && restored.contains(paper.id());
    }
}
