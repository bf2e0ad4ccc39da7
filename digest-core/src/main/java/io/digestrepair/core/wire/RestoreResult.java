package io.digestrepair.core.wire;

import io.digestrepair.core.DigestFormat;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The answer of {@code POST /restore}: the digest with the papers it lacks added in its own layout,
 * their fields empty (to be written like any missing field), every other byte as it was but for the
 * paper numbers and counts of a Markdown table of contents.
 *
 * @param source       the digest with the restored papers
 * @param crawlPapers  distinct papers in the crawl
 * @param inCrawl      papers of the digest found in the crawl
 * @param excluded     papers the digest lacks that were left out because an earlier digest holds them
 * @param restored     ids of the papers added, in the crawl's order
 */
@Serdeable
public record RestoreResult(String source, DigestFormat format, int crawlPapers, int digestPapers, int inCrawl,
                            int excluded, List<String> restored) {
}
