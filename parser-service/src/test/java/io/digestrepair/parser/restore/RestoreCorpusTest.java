package io.digestrepair.parser.restore;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.SharedData;
import io.digestrepair.core.wire.Edit;
import io.digestrepair.core.wire.RestoreResult;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.digest.ParsedDigest;
import io.digestrepair.parser.jsonl.JsonLinesReader;
import io.digestrepair.parser.markdown.MarkdownReader;
import io.digestrepair.parser.render.Renderer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Restores over crawl + digest pairs built from the corpus's 2026-05-11 (its crawl, its JSON Lines and
 * its Markdown digest): papers are dropped from the published digest, the restore brings each back
 * exactly once, every other paper stays byte for byte, and once the restored fields are written
 * (here with the published texts) the digest is the published one again.
 */
class RestoreCorpusTest {

    private static final String DAY = "2026-05-11";
    private static final Path CRAWL = SharedData.crawls().resolve(DAY + ".jsonl");
    private static final Path JSONL = SharedData.jsonLinesDigests().resolve(DAY + "_AI_enhanced_Chinese.jsonl");
    private static final Path MD = SharedData.markdownDigests().resolve(DAY + ".md");

    /** The crawl's papers the published digest lacks: left out, so that only the papers dropped here come back. */
    private static Set<String> droppedByThePipeline(byte[] crawl, ParsedDigest published) {
        Set<String> ids = new HashSet<>(Crawl.read(crawl).ids());
        published.papers().forEach(p -> ids.remove(p.id()));
        return ids;
    }

    @Test
    void theRealCrawlHoldsTheDocumentedPapers() throws IOException {
        byte[] crawl = Files.readAllBytes(SharedData.require(CRAWL));
        ParsedDigest published = new JsonLinesReader().read(Files.readAllBytes(SharedData.require(JSONL)));
        RestoreResult r = Restorer.restore(published, crawl, Set.of());
        assertEquals(366, r.crawlPapers());
        assertEquals(246, r.inCrawl());
        assertEquals(120, r.restored().size());
        assertEquals(246 + 120, new JsonLinesReader().read(r.source()).papers().size());
    }

    @Test
    void jsonLinesRowsDroppedComeBackOnceAsThePipelineWroteThem() throws IOException {
        byte[] crawl = Files.readAllBytes(SharedData.require(CRAWL));
        byte[] publishedBytes = Files.readAllBytes(SharedData.require(JSONL));
        List<String> lines = List.of(new String(publishedBytes, StandardCharsets.UTF_8).split("\n"));
        ParsedDigest published = new JsonLinesReader().read(publishedBytes);
        // rows the pipeline gave a code_url (code_stars, code_last_update) come from a GitHub lookup of its own
        // after the crawl, which a restore cannot make: the rows dropped here are rows without one
        Set<Integer> drop = new HashSet<>();
        for (int seed : new int[]{0, 17, 100, 101, 180, 244, 245}) {
            int i = seed;
            while (drop.contains(i) || lines.get(i).contains("\"code_url\"")) {
                i = (i + 1) % lines.size();
            }
            drop.add(i);
        }
        assertEquals(7, drop.size());
        StringBuilder kept = new StringBuilder();
        Map<String, String> droppedLines = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (drop.contains(i)) {
                droppedLines.put(published.papers().get(i).id(), lines.get(i));
            } else {
                kept.append(lines.get(i)).append('\n');
            }
        }
        ParsedDigest digest = new JsonLinesReader().read(kept.toString());
        RestoreResult r = Restorer.restore(digest, crawl, droppedByThePipeline(crawl, published));
        assertEquals(List.copyOf(droppedLines.keySet()), r.restored(), "each dropped paper once, in the crawl's order");
        assertTrue(r.source().startsWith(kept.toString()), "the digest's rows are untouched");

        ParsedDigest restored = new JsonLinesReader().read(r.source());
        assertEquals(246, restored.papers().size());
        List<Edit> edits = new ArrayList<>();
        for (PaperEntry p : restored.papers().subList(digest.papers().size(), restored.papers().size())) {
            PaperEntry original = published.papers().stream().filter(o -> o.id().equals(p.id())).findFirst().orElseThrow();
            for (FieldName f : FieldName.values()) {
                assertEquals("", p.field(f).text());
                edits.add(new Edit(p.index(), f.key(), original.field(f).text()));
            }
        }
        String filled = new String(Renderer.render(restored, edits), StandardCharsets.UTF_8);
        List<String> want = new ArrayList<>(List.of(kept.toString().split("\n")));
        want.addAll(droppedLines.values());
        List<String> got = List.of(filled.split("\n"));
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) {
            // the crawl's rows in the digest's style with the AI object: the pipeline's own rows
            assertEquals(want.get(i), got.get(i), "line " + (i + 1));
        }
        assertTrue(filled.endsWith("\n"));
    }

    private static final Pattern HEADER = Pattern.compile("(?m)^### \\[(\\d+)] ");

    @Test
    void markdownPapersDroppedComeBackOnceWhereToMdPutsThem() throws IOException {
        byte[] crawl = Files.readAllBytes(SharedData.require(CRAWL));
        String publishedText = Files.readString(SharedData.require(MD));
        ParsedDigest published = new MarkdownReader().read(publishedText);
        assertEquals(246, published.papers().size());

        // drop the last paper of cs.CV, the last two of cs.CL and the whole last section (cs.IT): where a
        // restore puts them back, so that the published digest is what it must give again
        Map<String, List<PaperEntry>> byCategory = new LinkedHashMap<>();
        published.papers().forEach(p -> byCategory.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(p));
        List<PaperEntry> cv = byCategory.get("cs.CV");
        List<PaperEntry> cl = byCategory.get("cs.CL");
        List<PaperEntry> it = byCategory.get("cs.IT");
        List<PaperEntry> dropped = new ArrayList<>();
        dropped.add(cv.getLast());
        dropped.addAll(cl.subList(cl.size() - 2, cl.size()));
        dropped.addAll(it);
        String kept = dropFromMarkdown(publishedText, published, dropped);
        ParsedDigest digest = new MarkdownReader().read(kept);
        assertEquals(246 - dropped.size(), digest.papers().size());

        RestoreResult r = Restorer.restore(digest, crawl, droppedByThePipeline(crawl, published));
        Set<String> want = new HashSet<>();
        dropped.forEach(p -> want.add(p.id()));
        assertEquals(dropped.size(), r.restored().size());
        assertEquals(want, new HashSet<>(r.restored()), "each dropped paper once");

        // parses back with its counts: one paper per TOC total, numbers 1..n in order
        ParsedDigest restored = new MarkdownReader().read(r.source());
        assertEquals(246, restored.papers().size());
        assertCounts(r.source(), restored);
        // the kept papers are byte for byte the same, but for their numbers
        List<String> keptBlocks = blocks(kept, digest, Set.of());
        List<String> restoredBlocks = blocks(r.source(), restored, want);
        assertEquals(keptBlocks.size(), restoredBlocks.size());
        for (int i = 0; i < keptBlocks.size(); i++) {
            assertEquals(keptBlocks.get(i), restoredBlocks.get(i), "paper " + i);
        }

        Map<String, PaperEntry> originals = new HashMap<>();
        published.papers().forEach(p -> originals.put(p.id(), p));
        List<Edit> edits = new ArrayList<>();
        for (PaperEntry p : restored.papers()) {
            if (want.contains(p.id())) {
                for (FieldName f : FieldName.values()) {
                    assertEquals("", p.field(f).text());
                    edits.add(new Edit(p.index(), f.key(), originals.get(p.id()).field(f).text()));
                }
            }
        }
        assertEquals(publishedText, new String(Renderer.render(restored, edits), StandardCharsets.UTF_8),
                "filled with the published texts, the restored digest is the published one");
    }

    /** Each paper's bytes from its header to its {@code </details>}, numbers masked, but for the papers named. */
    private static List<String> blocks(String md, ParsedDigest read, Set<String> except) {
        List<String> blocks = new ArrayList<>();
        Matcher h = HEADER.matcher(md);
        int i = 0;
        while (h.find()) {
            if (!except.contains(read.papers().get(i++).id())) {
                int end = md.indexOf("</details>\n", h.start()) + "</details>\n".length();
                blocks.add("### [] " + md.substring(h.end(), end));
            }
        }
        return blocks;
    }

    /** The TOC's totals are the sections' papers, and the papers are numbered 1..n in document order. */
    private static void assertCounts(String md, ParsedDigest read) {
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        read.papers().forEach(p -> perCategory.merge(p.category(), 1, Integer::sum));
        Matcher toc = Pattern.compile("(?m)^- \\[([^]]+)]\\(#[^)]+\\) \\[Total: (\\d+)]$").matcher(md);
        Map<String, Integer> totals = new LinkedHashMap<>();
        while (toc.find()) {
            totals.put(toc.group(1), Integer.parseInt(toc.group(2)));
        }
        assertEquals(perCategory, totals);
        Matcher h = HEADER.matcher(md);
        int n = 0;
        while (h.find()) {
            assertEquals(++n, Integer.parseInt(h.group(1)));
        }
        assertEquals(read.papers().size(), n);
    }

    /**
     * The published digest without some papers, as to_md would have written it: their blocks gone
     * (an emptied section with its heading and TOC line), totals and numbers counted again.
     */
    private static String dropFromMarkdown(String md, ParsedDigest read, List<PaperEntry> dropped) {
        Set<String> ids = new HashSet<>();
        dropped.forEach(p -> ids.add(p.id()));
        String out = withoutPapers(md, read, ids);
        Map<String, Integer> left = new LinkedHashMap<>();
        read.papers().stream().filter(p -> !ids.contains(p.id())).forEach(p -> left.merge(p.category(), 1, Integer::sum));
        for (String c : new HashSet<>(read.papers().stream().map(PaperEntry::category).toList())) {
            String line = "- [" + c + "](#" + c + ") [Total: ";
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(line) + "\\d+]\\n").matcher(out);
            assertTrue(m.find(), c);
            out = left.containsKey(c) ? m.replaceFirst(Matcher.quoteReplacement(line + left.get(c) + "]\n"))
                    : m.replaceFirst("");
            if (!left.containsKey(c)) {
                out = out.replace("\n\n<div id='" + c + "'></div>\n\n# " + c + " [[Back]](#toc)\n\n", "");
            }
        }
        Matcher h = HEADER.matcher(out);
        StringBuilder renumbered = new StringBuilder();
        int n = 0;
        while (h.find()) {
            h.appendReplacement(renumbered, "### [" + (++n) + "] ");
        }
        h.appendTail(renumbered);
        return renumbered.toString();
    }

    /** The text without the blocks of some papers ({@code \n\n} + block, as to_md joins them). */
    private static String withoutPapers(String md, ParsedDigest read, Set<String> ids) {
        List<int[]> cuts = new ArrayList<>();
        Matcher h = HEADER.matcher(md);
        List<Integer> starts = new ArrayList<>();
        while (h.find()) {
            starts.add(h.start());
        }
        assertEquals(read.papers().size(), starts.size());
        for (int i = 0; i < starts.size(); i++) {
            if (!ids.contains(read.papers().get(i).id())) {
                continue;
            }
            int start = starts.get(i);
            int end = md.indexOf("</details>\n", start) + "</details>\n".length();
            // the block's own "\n\n" joint: before it when it follows a paper, after it when it leads its section
            boolean first = !md.startsWith("</details>\n\n\n", start - "</details>\n\n\n".length());
            cuts.add(first && md.startsWith("\n\n###", end) ? new int[]{start, end + 2} : new int[]{start - 2, end});
        }
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        for (int[] c : cuts) {
            // two dropped neighbours share the joint between them
            out.append(md, cursor, Math.max(cursor, c[0]));
            cursor = Math.max(cursor, c[1]);
        }
        return out.append(md.substring(cursor)).toString();
    }
}
