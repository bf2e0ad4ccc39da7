package io.digestrepair.parser.restore;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.wire.LineProblem;
import io.digestrepair.parser.digest.DigestReadException;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.jsonl.JsonLinesDigest;
import io.digestrepair.parser.jsonl.JsonLinesReader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pipeline's crawl of a day ({@code data/<date>.jsonl}, one Scrapy item a line) as a restore reads
 * it: each distinct paper once, in the crawl's order, with the raw bytes of its row. The crawler can
 * write a paper twice; the AI step keeps the first row of each id ({@code ai/enhance.py}: {@code seen_ids}).
 *
 * @param papers the first row of each id, in order
 * @param rows   where each of those rows sits in the crawl's bytes, {@code [start, end)} without the line break
 */
record Crawl(byte[] bytes, List<PaperEntry> papers, List<int[]> rows) {

    /** @throws RestoreException when the bytes are not a whole crawl: unreadable, broken lines, rows with {@code AI} */
    static Crawl read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RestoreException("crawl", 0, "the crawl is empty");
        }
        JsonLinesDigest read;
        try {
            read = new JsonLinesReader().read(bytes);
        } catch (DigestReadException e) {
            throw new RestoreException("crawl", e.line(), "the crawl cannot be read: " + e.getMessage());
        }
        if (!read.problems().isEmpty()) {
            LineProblem first = read.problems().getFirst();
            // a restore must know every paper of the day, or it would call a paper dropped that sits on a broken line
            throw new RestoreException("crawl", first.line(), "crawl line " + first.line() + ": " + first.message()
                    + (read.problems().size() > 1 ? " (and " + (read.problems().size() - 1) + " more broken lines)" : "")
                    + ": a crawl is used whole or not at all");
        }
        if (read.format() != DigestFormat.CRAWL) {
            throw new RestoreException("crawl", 0, "not a crawl: a crawl's rows have id, summary and categories and no AI "
                    + "(the pipeline's data/<date>.jsonl)");
        }
        int[] lineStarts = lineStarts(bytes);
        List<PaperEntry> papers = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PaperEntry p : read.papers()) {
            if (p.id() == null || !seen.add(p.id())) {
                continue;
            }
            int start = lineStarts[p.line() - 1];
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end > start && bytes[end - 1] == '\r') {
                end--;
            }
            papers.add(p);
            rows.add(new int[]{start, end});
        }
        return new Crawl(bytes, List.copyOf(papers), List.copyOf(rows));
    }

    Set<String> ids() {
        Set<String> ids = new HashSet<>();
        papers.forEach(p -> ids.add(p.id()));
        return ids;
    }

    private static int[] lineStarts(byte[] b) {
        int lines = 1;
        for (byte x : b) {
            if (x == '\n') {
                lines++;
            }
        }
        int[] starts = new int[lines];
        int k = 1;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }
}
