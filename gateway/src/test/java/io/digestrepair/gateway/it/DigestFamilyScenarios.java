package io.digestrepair.gateway.it;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.digestrepair.gateway.it.Api.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files of a fork's {@code data/} folder beside the digests: the day's crawl, the early
 * {@code task} schema, and the papers the pipeline dropped, on the real parser and the offline
 * summarizer. Inputs are small and written here, in the pipeline's layouts (crawl rows as its Scrapy
 * spider writes them, digest rows as {@code ai/enhance.py} dumps them, Markdown as {@code to_md}); the
 * store is the subclass's (H2: {@link DigestFamilyOnH2Test}).
 */
abstract class DigestFamilyScenarios extends GatewayScenarios {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    @Override
    Map<String, Object> gatewaySettings() {
        return Map.of("gateway.jobs.batch-size", 3);
    }

    private static final String[][] PAPERS = {
            {"Graph Transformers for Traffic", "We propose a graph transformer that forecasts traffic flow on road networks. "
                    + "The model attends over neighbouring sensors and past time steps. On two public benchmarks it lowers the "
                    + "mean absolute error by 8 percent compared with the strongest baseline. The code is released."},
            {"Sparse Attention for Long Documents", "Long documents exceed the context of most language models. We introduce "
                    + "a sparse attention pattern that keeps local windows and a few global tokens. Experiments on three "
                    + "summarization datasets show gains of 2 ROUGE points at half the memory."},
            {"Robust Grasping with Tactile Feedback", "Robotic grasping fails when objects slip. We combine a tactile sensor "
                    + "with a learned controller that adjusts the grip force in real time. In 500 trials the success rate rises "
                    + "from 71 percent to 93 percent on unseen household objects."},
            {"Calibrated Uncertainty for Segmentation", "Segmentation networks are often overconfident near object borders. "
                    + "We train an ensemble with a boundary-aware loss and calibrate it with temperature scaling. The expected "
                    + "calibration error falls by half on the Cityscapes validation set."},
    };
    private static final String[] CATEGORIES = {"cs.LG", "cs.CL", "cs.RO", "cs.CV"};

    static String id(String day, int k) {
        return day.substring(2, 4) + day.substring(5, 7) + ".0" + (1000 + k + 10 * Integer.parseInt(day.substring(8, 10)));
    }

    /** As the crawler writes a row: raw UTF-8, its own key order, summary = the abstract. */
    static String crawlRow(String day, int k) {
        String id = id(day, k);
        return "{\"id\": \"" + id + "\", \"categories\": [\"" + CATEGORIES[k] + "\"], \"pdf\": \"https://arxiv.org/pdf/" + id
                + "\", \"abs\": \"https://arxiv.org/abs/" + id + "\", \"authors\": [\"Zoë Adams\", \"Li Wei\"], \"title\": \""
                + PAPERS[k][0] + "\", \"comment\": null, \"summary\": \"" + PAPERS[k][1] + "\"}";
    }

    static String crawl(String day, int... papers) {
        StringBuilder s = new StringBuilder();
        for (int k : papers) {
            s.append(crawlRow(day, k)).append('\n');
        }
        return s.toString();
    }

    /** As ai/enhance.py dumps it: the crawl's row, non-ASCII escaped, AI last; here its fields in Chinese. */
    static String digestRow(String day, int k) {
        return crawlRow(day, k).replace("Zoë", "Zo\\u00eb").replaceFirst("}$", "")
                + ", \"AI\": {\"tldr\": \"\\u672c\\u6587\\u63d0\\u51fa\\u4e86\\u4e00\\u79cd\\u65b0\\u65b9\\u6cd5\\u3002\", "
                + "\"motivation\": \"\\u73b0\\u6709\\u65b9\\u6cd5\\u4e0d\\u8db3\\u3002\", \"method\": \"\\u6211\\u4eec\\u8bbe\\u8ba1\\u4e86\\u65b0\\u6a21\\u578b\\u3002\", "
                + "\"result\": \"\\u5b9e\\u9a8c\\u7ed3\\u679c\\u66f4\\u597d\\u3002\", \"conclusion\": \"\\u65b9\\u6cd5\\u6709\\u6548\\u3002\"}}";
    }

    static String mdPaper(String day, int n, int k) {
        String id = id(day, k);
        return "### [" + n + "] [" + PAPERS[k][0] + "](https://arxiv.org/abs/" + id + ")\n*Zoë Adams,Li Wei*\n\nMain category: "
                + CATEGORIES[k] + "\n\nTL;DR: 本文提出了一种新方法。\n\n\n<details>\n  <summary>Details</summary>\nMotivation: 现有方法不足。\n\n"
                + "Method: 我们设计了新模型。\n\nResult: 实验结果更好。\n\nConclusion: 方法有效。\n\nAbstract: " + PAPERS[k][1]
                + "\n\n</details>\n";
    }

    /** to_md's layout, one section per paper's category, in the order given. */
    static String markdown(String day, int... papers) {
        StringBuilder s = new StringBuilder("<div id=toc></div>\n\n# Table of Contents\n\n");
        for (int k : papers) {
            s.append("- [").append(CATEGORIES[k]).append("](#").append(CATEGORIES[k]).append(") [Total: 1]\n");
        }
        int n = 0;
        for (int k : papers) {
            s.append("\n\n<div id='").append(CATEGORIES[k]).append("'></div>\n\n# ").append(CATEGORIES[k])
                    .append(" [[Back]](#toc)\n\n").append(mdPaper(day, ++n, k));
        }
        return s.toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theDaysMarkdownItsDigestAndItsCrawlAreThreeThings() {
        String day = "2026-06-16";
        Api.Reply md = api.put("/api/digests/" + day + "?repair=false", bytes(markdown(day, 0, 1)), "text/markdown");
        assertEquals(201, md.status(), md.toString());
        Api.Reply jsonl = api.put("/api/digests/" + day + "_AI_enhanced_Chinese?repair=false",
                bytes(digestRow(day, 0) + "\n" + digestRow(day, 1) + "\n"), "application/x-ndjson");
        assertEquals(201, jsonl.status(), jsonl.toString());
        Api.Reply crawl = api.put("/api/digests/" + day, bytes(crawl(day, 0, 1, 1, 2)), "application/x-ndjson");
        assertEquals(201, crawl.status(), crawl.toString());
        Map<String, Object> c = crawl.json();
        assertEquals("crawl", c.get("format"));
        assertEquals("crawl of 2026-06-16 (3 papers): kept for --restore-dropped", c.get("message"));
        assertEquals(3, number(c, "papers"));
        assertEquals(null, c.get("jobId"));
        assertEquals("/api/crawls/" + day, crawl.header("Location"));

        // the crawl is no revision of the digest 2026-06-16, which is still the Markdown
        Map<String, Object> digest = api.get("/api/digests/" + day).json();
        assertEquals("markdown", digest.get("format"));
        assertEquals(1, number(digest, "revision"));
        assertEquals(200, api.get("/digests/" + day + ".md").status());
        assertEquals(200, api.get("/digests/" + day + "_AI_enhanced_Chinese.jsonl").status());
        assertEquals(3, number(api.get("/api/crawls/" + day).json(), "papers"));
        List<Map<String, Object>> all = api.get("/api/digests").jsonList();
        assertTrue(all.stream().noneMatch(d -> "crawl".equals(d.get("format"))), all.toString());
        // the page of each digest knows what the crawl holds that it lacks
        String page = api.get("/digests/" + day).text();
        assertTrue(page.contains("1 paper of the day&#39;s crawl is not in this digest")
                || page.contains("1 paper of the day's crawl is not in this digest"), page);
        assertTrue(page.contains("--restore-dropped"), page);
    }

    @Test
    void aRestoreWithoutACrawlIsRefusedAndChangesNothing() {
        String day = "2026-06-17";
        assertEquals(201, api.put("/api/digests/" + day + "?repair=false", bytes(markdown(day, 0)), "text/markdown").status());
        Api.Reply refused = api.post("/api/digests/" + day + "/repair?restore=dropped", null);
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertTrue(refused.text().contains("no crawl of 2026-06-17 is stored"), refused.text());
        assertTrue(refused.text().contains("\"field\":\"crawl\""), refused.text());
        Map<String, Object> digest = api.get("/api/digests/" + day).json();
        assertEquals(1, number(digest, "revision"));
        assertTrue(digest.get("jobs") == null || ((List<?>) digest.get("jobs")).isEmpty(), digest.toString());

        Api.Reply upload = api.put("/api/digests/2026-06-18?restore=dropped", bytes(markdown("2026-06-18", 0)), "text/markdown");
        assertEquals(409, upload.status(), upload.toString());
        assertEquals(404, api.get("/api/digests/2026-06-18").status(), "nothing stored");
        assertEquals(400, api.post("/api/digests/" + day + "/repair?restore=everything", null).status());
    }

    @Test
    void aBrokenCrawlOrTheCrawlOfAnotherDayIsRefused() {
        String broken = crawlRow("2026-06-19", 0) + "\n{\"id\": \"2606.01999\", \"summary\": \n" + crawlRow("2026-06-19", 1) + "\n";
        Api.Reply r = api.put("/api/digests/2026-06-19", bytes(broken), "application/x-ndjson");
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.text().contains("line 2"), r.text());
        assertTrue(r.text().contains("\"line\":2"), r.text());
        assertEquals(404, api.get("/api/crawls/2026-06-19").status());

        Api.Reply other = api.put("/api/digests/2026-08-19", bytes(crawl("2026-06-19", 0, 1)), "application/x-ndjson");
        assertEquals(422, other.status(), other.toString());
        assertTrue(other.text().contains("another day"), other.text());
        assertEquals(404, api.get("/api/crawls/2026-08-19").status());

        // a crawl stored under one day cannot restore the digest of another
        assertEquals(201, api.put("/api/digests/2026-06-21", bytes(crawl("2026-06-19", 0, 1, 2)), "application/x-ndjson").status());
        assertEquals(201, api.put("/api/digests/2026-06-21_AI_enhanced_Chinese?repair=false",
                bytes(digestRow("2026-06-21", 0) + "\n" + digestRow("2026-06-21", 1) + "\n"), "application/x-ndjson").status());
        Api.Reply mismatch = api.post("/api/digests/2026-06-21_AI_enhanced_Chinese/repair?restore=dropped", null);
        assertEquals(422, mismatch.status(), mismatch.toString());
        assertTrue(mismatch.text().contains("crawl of another day"), mismatch.text());
        assertEquals(1, number(api.get("/api/digests/2026-06-21_AI_enhanced_Chinese").json(), "revision"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void droppedPapersAreRestoredOnRequestInTheDigestsOwnLayout() throws IOException {
        String day = "2026-06-20";
        // paper 3 is in a digest of the days before: the pipeline leaves it out on purpose
        assertEquals(201, api.put("/api/digests/2026-06-15_AI_enhanced_Chinese?repair=false",
                bytes(digestRow(day, 3) + "\n"), "application/x-ndjson").status());
        assertEquals(201, api.put("/api/digests/" + day, bytes(crawl(day, 0, 1, 1, 2, 3)), "application/x-ndjson").status());
        String name = day + "_AI_enhanced_Chinese";
        String published = digestRow(day, 0) + "\n";
        assertEquals(201, api.put("/api/digests/" + name + "?repair=false", bytes(published), "application/x-ndjson").status());
        assertTrue(api.get("/digests/" + name).text().contains("2 papers of the day"), "the page says what the crawl holds");

        Api.Reply started = api.post("/api/digests/" + name + "/repair?restore=dropped", null);
        assertEquals(202, started.status(), started.toString());
        Map<String, Object> restored = (Map<String, Object>) started.json().get("restored");
        assertEquals(List.of(id(day, 1), id(day, 2)), restored.get("ids"));
        assertEquals(1, number(restored, "excluded"));
        Map<String, Object> job = api.awaitEnd((String) started.json().get("jobId"));
        assertEquals("DONE", job.get("state"), job.toString());
        assertEquals(0, number(job, "failed"));

        String[] lines = api.get("/digests/" + name + ".jsonl").text().split("\n");
        assertEquals(3, lines.length);
        for (int i = 1; i < 3; i++) {
            int k = i;
            Map<String, Object> row = JSON.readValue(lines[i], io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
            assertEquals(List.of("id", "categories", "pdf", "abs", "authors", "title", "comment", "summary", "AI"),
                    new ArrayList<>(row.keySet()), "the crawl row's keys, then AI");
            Map<String, Object> ai = (Map<String, Object>) row.get("AI");
            assertEquals(List.of("tldr", "motivation", "method", "result", "conclusion"), new ArrayList<>(ai.keySet()));
            ai.values().forEach(v -> assertFalse(((String) v).isBlank(), lines[k]));
            // outside AI the row is the crawl's, written as the digest writes it
            assertTrue(lines[i].startsWith(crawlRow(day, i).replace("Zoë", "Zo\\u00eb").replaceFirst("}$", "") + ", \"AI\": {\"tldr\": \""),
                    lines[i]);
        }
        Map<String, Object> detail = api.get("/api/digests/" + name).json();
        List<Map<String, Object>> papers = (List<Map<String, Object>>) detail.get("papers");
        assertEquals(List.of("REPAIRED", "RESTORED", "RESTORED"), papers.stream().map(p -> p.get("status")).toList());
        Map<String, Object> field = (Map<String, Object>) ((Map<String, Object>) papers.get(1).get("fields")).get("tldr");
        assertEquals("GENERATE", field.get("action"));
        assertTrue(field.get("provenance") != null, field.toString());
        assertEquals(2, number(detail, "revision"), "the restore is a revision; the published one stays revision 1");

        String page = api.get("/digests/" + name).text();
        assertTrue(page.contains("restored: missing from the published digest"), page);
        assertTrue(page.contains("data-status=\"restored\""), page);
        assertTrue(page.contains("<option value=\"restored\">"), page);
        assertFalse(page.contains("of the day&#39;s crawl") || page.contains("of the day's crawl are not"), "nothing is missing now");
    }

    @Test
    void markdownPapersAreRestoredAtTheEndOfTheirSectionWithTheCountsOfToMd() {
        String day = "2026-06-22";
        Api.Reply crawl = api.put("/api/digests/" + day, bytes(crawl(day, 0, 1, 2)), "application/x-ndjson");
        assertEquals(201, crawl.status(), crawl.toString());
        // uploaded and restored at once: revision 1 as published, revision 2 restored
        Api.Reply upload = api.put("/api/digests/" + day + "?restore=dropped", bytes(markdown(day, 0)), "text/markdown");
        assertEquals(201, upload.status(), upload.toString());
        Map<String, Object> created = upload.json();
        assertEquals(2, number(created, "revision"));
        Map<String, Object> job = api.awaitEnd((String) created.get("jobId"));
        assertEquals("DONE", job.get("state"), job.toString());
        String md = api.get("/digests/" + day + ".md").text();
        assertTrue(md.contains("- [cs.LG](#cs.LG) [Total: 1]\n- [cs.CL](#cs.CL) [Total: 1]\n- [cs.RO](#cs.RO) [Total: 1]\n"), md);
        assertTrue(md.contains("### [2] [" + PAPERS[1][0] + "]"), md);
        assertTrue(md.contains("### [3] [" + PAPERS[2][0] + "]"), md);
        assertTrue(md.contains("<div id='cs.RO'></div>\n\n# cs.RO [[Back]](#toc)\n\n### [3]"), md);
        assertFalse(md.contains("TL;DR: \n"), "every restored field is written");
    }

    @Test
    void theEarlySchemasTaskIsTheTldrRepairedUnderItsOwnKey() {
        String early = digestRow("2025-03-27", 0).replace("\"tldr\"", "\"task\"") + "\n";
        Api.Reply created = api.put("/api/digests/2025-03-27_AI_enhanced_Chinese", bytes(early), "application/x-ndjson");
        assertEquals(201, created.status(), created.toString());
        Map<String, Object> job = api.awaitEnd((String) created.json().get("jobId"));
        assertEquals("DONE", job.get("state"), job.toString());
        String out = api.get("/digests/2025-03-27_AI_enhanced_Chinese.jsonl").text();
        assertTrue(out.contains("\"task\": \""), out);
        assertFalse(out.contains("\"tldr\""), "no key added: " + out);
        assertFalse(out.contains("\\u672c\\u6587"), "the task value is repaired: " + out);
        String page = api.get("/digests/2025-03-27_AI_enhanced_Chinese").text();
        assertTrue(page.contains("TL;DR"), page);
        // the offline engine wrote the TL;DR from the abstract: it says so, and never claims a translation
        assertTrue(page.contains("from the abstract"), page);
        assertFalse(page.contains("class=\"badge translated\""), page);
        assertFalse(page.contains("the digest had nothing"), page);
    }

    /** The command line's jar run as a user runs it, against this gateway. */
    private CliRun cli(Path dir, String... args) throws IOException, InterruptedException {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(javaBin, "-jar", ServiceProcess.jar("cli").toString(), "repair",
                "--gateway", api.base(), "--progress", "lines"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, java.util.concurrent.TimeUnit.MINUTES), output);
        return new CliRun(p.exitValue(), output);
    }

    private record CliRun(int exit, String output) {
    }

    @Test
    void theCommandLineOverADataFolderGivesThreeDistinctResults(@TempDir Path dir) throws Exception {
        String day = "2026-06-23";
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve(day + ".md"), markdown(day, 0, 3));
        Files.writeString(data.resolve(day + ".jsonl"), crawl(day, 0, 1, 3));
        Files.writeString(data.resolve(day + "_AI_enhanced_Chinese.jsonl"), digestRow(day, 0) + "\n" + digestRow(day, 3) + "\n");
        // what `repair data/*.md data/*.jsonl` expands to
        CliRun run = cli(dir, "-o", "out", "data/" + day + ".md", "data/" + day + ".jsonl", "data/" + day + "_AI_enhanced_Chinese.jsonl");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains(day + ".jsonl: crawl of " + day + " (3 papers): kept for --restore-dropped"), run.output());
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(List.of(day + ".md", day + "_AI_enhanced_Chinese.jsonl"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals(2, new MarkdownCount(Files.readString(dir.resolve("out/" + day + ".md"))).papers());
        assertEquals("markdown", api.get("/api/digests/" + day).json().get("format"));
        assertEquals(1, number(api.get("/api/digests/" + day).json(), "revision"));
        assertEquals(3, number(api.get("/api/crawls/" + day).json(), "papers"));

        // asked for: the dropped paper restored, the English name written beside
        CliRun restored = cli(dir, "--restore-dropped", "--english-names", "-o", "out",
                "data/" + day + "_AI_enhanced_Chinese.jsonl", "data/" + day + ".jsonl");
        assertEquals(0, restored.exit(), restored.output());
        String english = Files.readString(dir.resolve("out/" + day + "_AI_enhanced_English.jsonl"));
        assertEquals(3, english.split("\n").length, english);
        assertTrue(english.contains(id(day, 1)), english);
        assertFalse(english.contains("\\u672c\\u6587"), "repaired into English: " + english);
    }

    /** Papers of a Markdown digest, by their headers. */
    private record MarkdownCount(String md) {
        int papers() {
            return (int) md.lines().filter(l -> l.startsWith("### [")).count();
        }
    }
}
