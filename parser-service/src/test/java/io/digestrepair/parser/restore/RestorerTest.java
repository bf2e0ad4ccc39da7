package io.digestrepair.parser.restore;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.wire.Edit;
import io.digestrepair.core.wire.RestoreResult;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.digest.ParsedDigest;
import io.digestrepair.parser.format.DigestFormats;
import io.digestrepair.parser.jsonl.JsonLinesReader;
import io.digestrepair.parser.markdown.MarkdownReader;
import io.digestrepair.parser.render.Renderer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small crawls and digests written for the cases of a restore. */
class RestorerTest {

    /** A crawl row as the pipeline's Scrapy spider writes it: raw UTF-8, its own key order. */
    static String crawlRow(String id, String category, String title) {
        return "{\"id\": \"" + id + "\", \"categories\": [\"" + category + "\", \"cs.AI\"], \"pdf\": \"https://arxiv.org/pdf/" + id
                + "\", \"abs\": \"https://arxiv.org/abs/" + id + "\", \"authors\": [\"Ana Müller\", \"Bo Li\"], \"title\": \""
                + title + "\", \"comment\": null, \"summary\": \"We study " + title + ".\\n  It works.\"}";
    }

    /** The same row as the AI step writes it with json.dumps' default escaping, plus its AI object. */
    static String digestRow(String id, String category, String title, String tldr) {
        return crawlRow(id, category, title).replace("Müller", "M\\u00fcller").replaceFirst("}$", "")
                + ", \"AI\": {\"tldr\": \"" + tldr + "\", \"motivation\": \"M\", \"method\": \"Me\", \"result\": \"R\", \"conclusion\": \"C\"}}";
    }

    private static final String CRAWL = String.join("\n",
            crawlRow("2606.00001", "cs.CV", "One"),
            crawlRow("2606.00002", "cs.CV", "Two"),
            crawlRow("2606.00002", "cs.CV", "Two"), // the crawler writes some papers twice
            crawlRow("2606.00003", "cs.CL", "Three"),
            crawlRow("2606.00004", "cs.RO", "Four"),
            crawlRow("2606.00005", "cs.CV", "Five")) + "\n";

    @Test
    void aCrawlIsRecognisedByItsRows() {
        ParsedDigest crawl = DigestFormats.read(bytes(CRAWL), DigestFormat.JSONL);
        assertEquals(DigestFormat.CRAWL, crawl.format());
        assertEquals(6, crawl.papers().size());
        String digest = digestRow("2606.00001", "cs.CV", "One", "T") + "\n";
        assertEquals(DigestFormat.JSONL, DigestFormats.read(bytes(digest), DigestFormat.JSONL).format());
        // rows without AI that are not the crawler's (no summary, no categories) stay a digest
        assertEquals(DigestFormat.JSONL, new JsonLinesReader().read("{\"id\": \"2\", \"title\": \"No AI yet\"}\n").format());
    }

    @Test
    void jsonLinesRowsAreAppendedInTheCrawlsKeysAndTheDigestsStyle() {
        String digest = digestRow("2606.00001", "cs.CV", "One", "T1") + "\n" + digestRow("2606.00003", "cs.CL", "Three", "T3") + "\n";
        RestoreResult r = Restorer.restore(new JsonLinesReader().read(digest), bytes(CRAWL), Set.of("2606.00004"));
        assertEquals(List.of("2606.00002", "2606.00005"), r.restored());
        assertEquals(5, r.crawlPapers());
        assertEquals(2, r.inCrawl());
        assertEquals(1, r.excluded());
        String empty = "\"AI\": {\"tldr\": \"\", \"motivation\": \"\", \"method\": \"\", \"result\": \"\", \"conclusion\": \"\"}}";
        String expected = digest
                + digestRow("2606.00002", "cs.CV", "Two", "").replaceFirst("\"AI\": .*$", empty) + "\n"
                + digestRow("2606.00005", "cs.CV", "Five", "").replaceFirst("\"AI\": .*$", empty) + "\n";
        assertEquals(expected, r.source());

        // the repair then writes the empty fields in place: the rows are the pipeline's own
        ParsedDigest restored = new JsonLinesReader().read(r.source());
        List<Edit> edits = new ArrayList<>();
        for (int i = 2; i < 4; i++) {
            edits.add(new Edit(i, "tldr", "T"));
            edits.add(new Edit(i, "motivation", "M"));
            edits.add(new Edit(i, "method", "Me"));
            edits.add(new Edit(i, "result", "R"));
            edits.add(new Edit(i, "conclusion", "C"));
        }
        String filled = new String(Renderer.render(restored, edits), StandardCharsets.UTF_8);
        assertEquals(digest + digestRow("2606.00002", "cs.CV", "Two", "T") + "\n" + digestRow("2606.00005", "cs.CV", "Five", "T") + "\n",
                filled);
    }

    /** An empty TL;DR stands for a restored paper: all its fields empty. */
    private static String mdPaper(int n, String id, String category, String title, String tldr) {
        String paper = mdPaperWith(n, id, category, title, tldr);
        return tldr.isEmpty() ? paper.replace(": M\n", ": \n").replace(": Me\n", ": \n").replace(": R\n", ": \n")
                .replace(": C\n", ": \n") : paper;
    }

    private static String mdPaperWith(int n, String id, String category, String title, String tldr) {
        return "### [" + n + "] [" + title + "](https://arxiv.org/abs/" + id + ")\n*Ana Müller,Bo Li*\n\nMain category: " + category
                + "\n\nTL;DR: " + tldr + "\n\n\n<details>\n  <summary>Details</summary>\nMotivation: M\n\nMethod: Me\n\nResult: R\n\n"
                + "Conclusion: C\n\nAbstract: We study " + title + ".\n  It works.\n\n</details>\n";
    }

    /** to_md/convert.py's layout: TOC, then per category a div, a heading and the papers joined by a blank line pair. */
    private static String md(List<String> categories, List<List<String>> papers) {
        StringBuilder s = new StringBuilder("<div id=toc></div>\n\n# Table of Contents\n\n");
        for (int i = 0; i < categories.size(); i++) {
            s.append("- [").append(categories.get(i)).append("](#").append(categories.get(i)).append(") [Total: ")
                    .append(papers.get(i).size()).append("]\n");
        }
        for (int i = 0; i < categories.size(); i++) {
            s.append("\n\n<div id='").append(categories.get(i)).append("'></div>\n\n# ").append(categories.get(i))
                    .append(" [[Back]](#toc)\n\n").append(String.join("\n\n", papers.get(i)));
        }
        return s.toString();
    }

    @Test
    void markdownPapersGoAtTheEndOfTheirSectionOrInANewOneAndTheNumbersMoveUp() {
        String digest = md(List.of("cs.CV", "cs.CL"), List.of(
                List.of(mdPaper(1, "2606.00001", "cs.CV", "One", "T1")),
                List.of(mdPaper(2, "2606.00003", "cs.CL", "Three", "T3"))));
        RestoreResult r = Restorer.restore(new MarkdownReader().read(digest), bytes(CRAWL), Set.of());
        assertEquals(List.of("2606.00002", "2606.00004", "2606.00005"), r.restored());
        String expected = md(List.of("cs.CV", "cs.CL", "cs.RO"), List.of(
                List.of(mdPaper(1, "2606.00001", "cs.CV", "One", "T1"), mdPaper(2, "2606.00002", "cs.CV", "Two", ""),
                        mdPaper(3, "2606.00005", "cs.CV", "Five", "")),
                List.of(mdPaper(4, "2606.00003", "cs.CL", "Three", "T3")),
                List.of(mdPaper(5, "2606.00004", "cs.RO", "Four", ""))));
        assertEquals(expected, r.source());

        ParsedDigest restored = new MarkdownReader().read(r.source());
        assertEquals(5, restored.papers().size());
        List<Edit> edits = new ArrayList<>();
        for (PaperEntry p : restored.papers()) {
            if (p.field(FieldName.TLDR).text().isEmpty()) {
                edits.add(new Edit(p.index(), "tldr", "T"));
                edits.add(new Edit(p.index(), "motivation", "M"));
                edits.add(new Edit(p.index(), "method", "Me"));
                edits.add(new Edit(p.index(), "result", "R"));
                edits.add(new Edit(p.index(), "conclusion", "C"));
            }
        }
        assertEquals(15, edits.size());
        String filled = new String(Renderer.render(restored, edits), StandardCharsets.UTF_8);
        assertEquals(md(List.of("cs.CV", "cs.CL", "cs.RO"), List.of(
                List.of(mdPaper(1, "2606.00001", "cs.CV", "One", "T1"), mdPaper(2, "2606.00002", "cs.CV", "Two", "T"),
                        mdPaper(3, "2606.00005", "cs.CV", "Five", "T")),
                List.of(mdPaper(4, "2606.00003", "cs.CL", "Three", "T3")),
                List.of(mdPaper(5, "2606.00004", "cs.RO", "Four", "T")))), filled);
    }

    @Test
    void nothingMissingGivesTheDigestBack() {
        String crawl = crawlRow("2606.00001", "cs.CV", "One") + "\n";
        String digest = digestRow("2606.00001", "cs.CV", "One", "T1") + "\n";
        RestoreResult r = Restorer.restore(new JsonLinesReader().read(digest), bytes(crawl), Set.of());
        assertEquals(List.of(), r.restored());
        assertEquals(digest, r.source());
    }

    @Test
    void aCrawlWithBrokenLinesIsRefusedNamingTheLine() {
        String crawl = crawlRow("2606.00001", "cs.CV", "One") + "\n" + "{\"id\": \"2606.00002\", \"summ\n";
        var e = assertThrows(RestoreException.class, () -> Restorer.restore(
                new JsonLinesReader().read(digestRow("2606.00001", "cs.CV", "One", "T") + "\n"), bytes(crawl), Set.of()));
        assertEquals("crawl", e.part());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("crawl line 2"), e.getMessage());
    }

    @Test
    void theCrawlOfAnotherDayIsRefused() {
        String other = crawlRow("2605.00001", "cs.CV", "Other") + "\n" + crawlRow("2605.00002", "cs.CV", "Day") + "\n";
        String digest = digestRow("2606.00001", "cs.CV", "One", "T1") + "\n" + digestRow("2606.00003", "cs.CL", "Three", "T3") + "\n";
        var e = assertThrows(RestoreException.class, () -> Restorer.restore(new JsonLinesReader().read(digest), bytes(other), Set.of()));
        assertEquals("crawl", e.part());
        assertTrue(e.getMessage().contains("0 of the digest's 2 papers"), e.getMessage());
    }

    @Test
    void aDigestIsNoCrawl() {
        String digest = digestRow("2606.00001", "cs.CV", "One", "T1") + "\n";
        var e = assertThrows(RestoreException.class, () -> Restorer.restore(new JsonLinesReader().read(digest), bytes(digest), Set.of()));
        assertTrue(e.getMessage().startsWith("not a crawl"), e.getMessage());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
