package io.digestrepair.parser.restore;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.wire.RestoreResult;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.digest.ParsedDigest;
import io.digestrepair.parser.jsonl.JsonLinesDigest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings back the papers of a day's crawl that its digest lacks. The pipeline drops a paper without a
 * trace (e.g. {@code ai/enhance.py} treats any error of its content check as "sensitive"); the papers
 * an earlier digest holds are left out, as the pipeline leaves them out on purpose. The restored papers
 * are added in the digest's own layout with empty fields, which a repair then writes like any missing
 * field. Plain Java, thread-safe.
 */
public final class Restorer {

    private Restorer() {
    }

    /**
     * @param digest     the digest as read (Markdown or JSON Lines)
     * @param crawlBytes the crawl of the digest's day
     * @param excludeIds ids the digests of the days before hold
     * @throws RestoreException when the crawl is not a whole crawl, or not this digest's day
     */
    public static RestoreResult restore(ParsedDigest digest, byte[] crawlBytes, Collection<String> excludeIds) {
        if (digest.format() == DigestFormat.CRAWL) {
            throw new RestoreException("source", 0, "the source is a crawl itself: restore into a digest (Markdown or JSON Lines)");
        }
        Crawl crawl = Crawl.read(crawlBytes);
        Set<String> crawlIds = crawl.ids();
        Set<String> inDigest = new HashSet<>();
        for (PaperEntry p : digest.papers()) {
            if (p.id() != null) {
                inDigest.add(p.id());
            }
        }
        int found = (int) inDigest.stream().filter(crawlIds::contains).count();
        // every paper of a digest is in its day's crawl (the corpus's two days: all of them); fewer than
        // half means the crawl of another day, whose papers would all look dropped
        if (!inDigest.isEmpty() && found * 2 < inDigest.size()) {
            throw new RestoreException("crawl", 0, "the crawl holds " + found + " of the digest's " + inDigest.size()
                    + " papers: it is the crawl of another day");
        }
        Set<String> exclude = excludeIds == null ? Set.of() : new HashSet<>(excludeIds);
        List<Integer> missing = new ArrayList<>();
        List<PaperEntry> papers = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int excluded = 0;
        for (int k = 0; k < crawl.papers().size(); k++) {
            PaperEntry p = crawl.papers().get(k);
            if (inDigest.contains(p.id())) {
                continue;
            }
            if (exclude.contains(p.id())) {
                excluded++;
                continue;
            }
            missing.add(k);
            papers.add(p);
            ids.add(p.id());
        }
        byte[] out;
        if (missing.isEmpty()) {
            out = digest.source();
        } else if (digest instanceof JsonLinesDigest jsonl) {
            out = JsonLinesRestore.append(jsonl, crawl, missing);
        } else {
            out = MarkdownRestore.insert(digest.source(), papers);
        }
        return new RestoreResult(new String(out, StandardCharsets.UTF_8), digest.format(), crawl.papers().size(),
                digest.papers().size(), found, excluded, List.copyOf(ids));
    }
}
