package io.digestrepair.core.wire;

import io.digestrepair.core.DigestFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The body of parser-service's {@code POST /restore}: a digest, the crawl of its day, and the papers
 * not to bring back (those the digests of the days before hold: the pipeline deduplicates across days).
 *
 * @param source     the digest (Markdown or JSON Lines)
 * @param format     its format, or null to sniff
 * @param crawl      the day's crawl ({@code data/<date>.jsonl})
 * @param excludeIds arXiv ids published before, left out although the digest lacks them
 */
@Serdeable
public record RestoreRequest(String source, @Nullable DigestFormat format, String crawl, @Nullable List<String> excludeIds) {
}
