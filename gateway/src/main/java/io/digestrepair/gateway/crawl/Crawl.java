package io.digestrepair.gateway.crawl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The crawl of a day as stored, without its bytes.
 *
 * @param papers distinct papers (the crawler writes some rows twice)
 * @param ids    their arXiv ids in the crawl's order
 */
public record Crawl(LocalDate date, int papers, List<String> ids, String sha256, String origin, Instant uploadedAt) {

    /** What the CLI and the watched folder say of it. */
    public String describe() {
        return "crawl of " + date + " (" + papers + " papers): kept for --restore-dropped";
    }
}
