package io.digestrepair.gateway.it;

import io.digestrepair.core.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What readers use besides the page, checked the way their tools read it: the Atom feeds through
 * feedparser, and the data-branch layout through what the pipeline's own front-end reads
 * (daily-arXiv-ai-enhanced js/app.js: fetchAvailableDates and parseJsonlData).
 * A real corpus day in JSON Lines (2025-10-09, 183 papers in Chinese) and our six-paper sample,
 * repaired by the offline engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderFeedsTest {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    /** The front-end's own pattern (js/app.js, fetchAvailableDates). */
    private static final Pattern UPSTREAM_FILE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})_AI_enhanced_(English|Chinese)\\.jsonl");
    private static final String CORPUS_DAY = "2025-10-09_AI_enhanced_Chinese";
    private static final int FEED_ENTRIES = 100;

    private EmbeddedGateway gateway;
    private Api api;
    private byte[] corpus;

    @BeforeAll
    void start() throws IOException {
        FeedParser.require();
        Services services = Services.shared();
        gateway = EmbeddedGateway.start(services.parser.url(), services.summarizer.url(), Map.of(),
                Map.of("gateway.serve.feed-entries", FEED_ENTRIES));
        api = gateway.api();
        corpus = Files.readAllBytes(SharedData.require(SharedData.jsonLinesDigests().resolve(CORPUS_DAY + ".jsonl")));
        repair(CORPUS_DAY, corpus, "application/x-ndjson");
        repair("2026-06-01", Digests.reader(), "application/x-ndjson");
        repair("2026-05-30", Digests.chineseSeed(), "text/markdown");
        // uploaded, not repaired: not for the front-end
        Api.Reply held = api.put("/api/digests/2026-05-29?repair=false", Digests.reader(), "application/x-ndjson");
        assertEquals(201, held.status(), held.toString());
    }

    private void repair(String name, byte[] body, String type) {
        Api.Reply created = api.put("/api/digests/" + name, body, type);
        assertEquals(201, created.status(), created.toString());
        assertEquals("DONE", api.awaitEnd((String) created.json().get("jobId")).get("state"));
    }

    @AfterAll
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private static List<Map<String, Object>> rows(byte[] jsonl) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String line : new String(jsonl, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                rows.add(Api.json(line.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> apiPapers(String name) {
        return (List<Map<String, Object>>) api.get("/api/digests/" + name).json().get("papers");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyEntryOfARepairedCorpusDigestHasItsEnglishTldrAsSummaryWithItsCategoriesAndLinks() throws Exception {
        Api.Reply feed = api.get("/digests/" + CORPUS_DAY + ".atom");
        assertEquals(200, feed.status(), feed.toString());
        assertTrue(feed.contentType().startsWith("application/atom+xml"), feed.contentType());
        Map<String, Object> parsed = FeedParser.parse(feed.body());
        assertEquals(Boolean.FALSE, parsed.get("bozo"), "well-formed for feedparser: " + parsed.get("bozoException"));
        assertEquals("atom10", parsed.get("version"));

        List<Map<String, Object>> entries = list(parsed.get("entries"));
        List<Map<String, Object>> source = rows(corpus);
        List<Map<String, Object>> papers = apiPapers(CORPUS_DAY);
        assertEquals(183, entries.size(), "one entry per paper");
        // entries come by category, as the page shows them: match them by arXiv link
        for (Map<String, Object> row : source) {
            Map<String, Object> e = entries.stream().filter(x -> row.get("abs").equals(x.get("link"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no entry for " + row.get("abs")));
            Map<String, Object> paper = papers.stream().filter(p -> row.get("id").equals(p.get("id"))).findFirst().orElseThrow();
            Map<String, Object> tldr = (Map<String, Object>) ((Map<String, Object>) paper.get("fields")).get("tldr");
            assertEquals(Boolean.TRUE, tldr.get("repaired"), row.get("id") + " was repaired");
            assertEquals(tldr.get("text"), e.get("summary"), "the repaired TL;DR of " + row.get("id"));
            assertFalse(CJK.matcher((String) e.get("summary")).find(), "English: " + e.get("summary"));
            assertEquals("text/plain", e.get("summaryType"));
            assertEquals(row.get("categories"), e.get("tags"), "every category of " + row.get("id"));
            assertEquals(row.get("authors"), e.get("authors"));
            assertEquals(row.get("title"), e.get("title"));
            assertEquals(row.get("abs"), e.get("id"), "the arXiv link is the entry's permanent id");
            assertTrue(list(e.get("links")).stream().anyMatch(l -> "related".equals(l.get("rel")) && row.get("pdf").equals(l.get("href"))
                    && "application/pdf".equals(l.get("type"))), "the PDF: " + e.get("links"));
            Map<String, Object> content = list(e.get("content")).getFirst();
            assertEquals("text/html", content.get("type"));
            String html = (String) content.get("value");
            for (String label : List.of("TL;DR:", "Motivation:", "Method:", "Result:", "Conclusion:", "Abstract:")) {
                assertTrue(html.contains("<strong>" + label + "</strong>"), label + " in " + html);
            }
            assertFalse(CJK.matcher(html).find(), "the five fields in English: " + html);
            assertNotNull(e.get("updated"));
        }
    }

    @Test
    void aConditionalGetOfAFeedAnswers304() {
        for (String path : List.of("/digests/" + CORPUS_DAY + ".atom", "/feeds/all.atom", "/feeds/cs.CL.atom")) {
            Api.Reply first = api.get(path);
            String etag = first.header("ETag");
            assertNotNull(etag, path);
            Api.Reply again = api.get(path, "If-None-Match", etag);
            assertEquals(304, again.status(), path);
            assertEquals(0, again.body().length);
            Api.Reply gz = api.get(path, "Accept-Encoding", "gzip");
            assertEquals("gzip", gz.header("Content-Encoding"));
            assertEquals(304, api.get(path, "Accept-Encoding", "gzip", "If-None-Match", gz.header("ETag")).status(), path + " gzip");
            assertEquals(200, api.get(path, "If-None-Match", "\"something-else\"").status());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFeedsAcrossDigestsAreBoundedNewestFirstAndByCategory() throws Exception {
        Map<String, Object> all = FeedParser.parse(api.get("/feeds/all.atom").body());
        assertEquals(Boolean.FALSE, all.get("bozo"), String.valueOf(all.get("bozoException")));
        List<Map<String, Object>> entries = list(all.get("entries"));
        assertEquals(FEED_ENTRIES, entries.size(), "bounded");
        // the newest digest (2026-06-01, our sample) comes first
        assertEquals("https://arxiv.org/abs/2612.00101", entries.getFirst().get("link"));

        Map<String, Object> cl = FeedParser.parse(api.get("/feeds/cs.CL.atom").body());
        assertEquals(Boolean.FALSE, cl.get("bozo"), String.valueOf(cl.get("bozoException")));
        List<Map<String, Object>> clEntries = list(cl.get("entries"));
        // the sample twice (repaired, and held back), the Markdown seed (cs.IR only), the corpus day
        long expected = 2 * rows(Digests.reader()).stream().filter(r -> ((List<String>) r.get("categories")).contains("cs.CL")).count()
                + rows(corpus).stream().filter(r -> ((List<String>) r.get("categories")).contains("cs.CL")).count();
        assertEquals(Math.min(FEED_ENTRIES, expected), clEntries.size());
        assertTrue(clEntries.stream().allMatch(e -> ((List<String>) e.get("tags")).contains("cs.CL")), "every entry is in cs.CL");

        Api.Reply bad = api.get("/feeds/c%20s.atom");
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.contentType().startsWith("application/problem+json"));
        assertTrue(bad.text().contains("category"), bad.text());
        assertEquals(404, api.get("/feeds/all.rss").status());
    }

    @Test
    void everyPageLinksItsFeed() {
        String page = api.get("/digests/" + CORPUS_DAY).text();
        assertTrue(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"" + CORPUS_DAY
                + " (Atom)\" href=\"/digests/" + CORPUS_DAY + ".atom\">"), "the digest's feed in its head");
        String index = api.get("/").text();
        assertTrue(index.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Newest papers of every digest\" href=\"/feeds/all.atom\">"));
        assertTrue(api.get("/digests/" + CORPUS_DAY + "/original").text().contains("href=\"/digests/" + CORPUS_DAY + ".atom\""));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDataBranchServesWhatTheUpstreamFrontEndReads() {
        Api.Reply list = api.get("/data-branch/assets/file-list.txt");
        assertEquals(200, list.status(), list.toString());
        List<String> names = Arrays.stream(list.text().trim().split("\n")).toList();
        // repaired JSON Lines digests only (not the Markdown one, not the one held back), under English names
        assertEquals(List.of("2025-10-09_AI_enhanced_English.jsonl", "2026-06-01_AI_enhanced_English.jsonl"), names);
        names.forEach(n -> assertTrue(UPSTREAM_FILE.matcher(n).matches(), n + " is what fetchAvailableDates keeps"));

        Map<String, byte[]> sources = Map.of("2025-10-09", corpus, "2026-06-01", Digests.reader());
        Map<String, String> digests = Map.of("2025-10-09", CORPUS_DAY, "2026-06-01", "2026-06-01");
        for (String name : names) {
            String date = name.substring(0, 10);
            Api.Reply data = api.get("/data-branch/data/" + name);
            assertEquals(200, data.status(), name);
            assertArrayEquals(api.get("/digests/" + digests.get(date) + ".jsonl").body(), data.body(), "the repaired digest itself");
            List<Map<String, Object>> served = rows(data.body());
            List<Map<String, Object>> source = rows(sources.get(date));
            assertEquals(source.size(), served.size());
            for (int i = 0; i < served.size(); i++) {
                Map<String, Object> row = served.get(i);
                // every key parseJsonlData reads; a row without categories is skipped by it
                for (String key : List.of("id", "title", "authors", "categories", "abs", "pdf", "summary", "AI")) {
                    assertNotNull(row.get(key), key + " in row " + i + " of " + name);
                }
                assertFalse(((List<String>) row.get("categories")).isEmpty());
                assertTrue(row.get("authors") instanceof List);
                Map<String, Object> ai = (Map<String, Object>) row.get("AI");
                for (String key : List.of("tldr", "motivation", "method", "result", "conclusion")) {
                    String text = (String) ai.get(key);
                    assertTrue(text != null && !text.isBlank(), key + " of row " + i);
                    assertFalse(CJK.matcher(text).find(), "AI." + key + " in English, row " + i + ": " + text);
                }
                if (source.get(i).containsKey("code_url")) {
                    assertEquals(source.get(i).get("code_url"), row.get("code_url"), "code_url kept");
                }
            }
        }
        assertTrue(rows(api.get("/data-branch/data/2026-06-01_AI_enhanced_English.jsonl").body()).stream()
                .anyMatch(r -> r.containsKey("code_url")), "the sample's code_url reaches the front-end");

        Api.Reply chinese = api.get("/data-branch/data/2025-10-09_AI_enhanced_Chinese.jsonl");
        assertEquals(404, chinese.status(), "only the target language is listed and served");
        assertTrue(chinese.text().contains("English"), chinese.text());
        assertEquals(404, api.get("/data-branch/data/2026-05-30_AI_enhanced_English.jsonl").status(), "Markdown: not a data file");
        assertEquals(404, api.get("/data-branch/data/2026-05-29_AI_enhanced_English.jsonl").status(), "not repaired yet");
        assertEquals(404, api.get("/data-branch/data/notes.txt").status());
        assertEquals(304, api.get("/data-branch/assets/file-list.txt", "If-None-Match", list.header("ETag")).status());

        // a fork's site on GitHub Pages reads it from its own origin
        Api.Reply fromFork = api.get("/data-branch/data/" + names.getFirst(), "Origin", "https://someone.github.io");
        assertEquals(200, fromFork.status());
        assertEquals("*", fromFork.header("Access-Control-Allow-Origin"));
        assertTrue(String.valueOf(fromFork.header("Access-Control-Expose-Headers")).contains("ETag"), fromFork.toString().substring(0, 80));
        assertEquals("*", api.get("/digests/" + CORPUS_DAY + ".atom", "Origin", "https://someone.github.io").header("Access-Control-Allow-Origin"));
    }
}
