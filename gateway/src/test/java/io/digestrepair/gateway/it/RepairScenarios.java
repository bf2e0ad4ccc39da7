package io.digestrepair.gateway.it;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import static io.digestrepair.gateway.it.Api.number;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway with the real parser-service and summarizer-service (offline engine), through a
 * counting proxy: the same scenarios on every store (H2 and PostgreSQL subclasses).
 */
abstract class RepairScenarios extends GatewayScenarios {

    static final String MARKDOWN = "text/markdown";
    static final String JSONL = "application/x-ndjson";

    @Override
    Map<String, Object> gatewaySettings() {
        return Map.of("gateway.jobs.batch-size", 3);
    }

    Map<String, Object> upload(String name, byte[] digest, String type) {
        Api.Reply r = api.put("/api/digests/" + name, digest, type);
        assertEquals(201, r.status(), r.toString());
        assertEquals("/api/digests/" + name, r.header("Location"));
        return r.json();
    }

    Map<String, Object> uploadAndRepair(String name, byte[] digest, String type) {
        Map<String, Object> created = upload(name, digest, type);
        Map<String, Object> job = api.awaitEnd((String) created.get("jobId"));
        assertEquals("DONE", job.get("state"), job.toString());
        return job;
    }

    @Test
    void aFailedDigestIsRepairedAndByteIdenticalOutsideRepairedFields() {
        byte[] original = Digests.failedSeed();
        Map<String, Object> created = upload("failed-seed", original, MARKDOWN);
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) created.get("counts");
        assertEquals(7, number(counts, "papers"));
        assertEquals(7, number(counts, "papersToRepair"));
        assertEquals(1, number(created, "revision"));

        Map<String, Object> job = api.awaitEnd((String) created.get("jobId"));
        assertEquals("DONE", job.get("state"), job.toString());
        assertEquals(7, number(job, "total"));
        assertEquals(7, number(job, "done"));
        assertEquals(7, number(job, "summarized"));
        assertEquals(0, number(job, "cached"));
        assertEquals(0, number(job, "failed"));
        assertEquals(100, number(job, "percent"));

        Api.Reply md = api.get("/digests/failed-seed.md");
        assertEquals(200, md.status());
        assertTrue(md.contentType().startsWith("text/markdown"), md.contentType());
        assertEquals("repaired", md.header("X-Digest-Repair"));
        List<String> changed = ByteIdentity.assertOnlyRepairedFieldsChanged(services.parser.url(), original, md.body(), MARKDOWN);
        assertEquals(35, changed.size(), "five fields of seven papers");
        assertFalse(md.text().contains("Summary generation failed"));
        for (Map<String, Object> p : ByteIdentity.papers(ByteIdentity.parse(services.parser.url(), md.body(), MARKDOWN))) {
            assertEquals("KEEP", p.get("action"), "nothing left to repair in " + p.get("title"));
        }
    }

    @Test
    void chineseFieldsBecomeEnglish() {
        byte[] original = Digests.chineseSeed();
        Map<String, Object> job = uploadAndRepair("chinese-seed", original, MARKDOWN);
        assertEquals(12, number(job, "summarized"), job.toString());

        byte[] repaired = api.get("/digests/chinese-seed.md").body();
        ByteIdentity.assertOnlyRepairedFieldsChanged(services.parser.url(), original, repaired, MARKDOWN);
        for (Map<String, Object> p : ByteIdentity.papers(ByteIdentity.parse(services.parser.url(), repaired, MARKDOWN))) {
            for (var f : ByteIdentity.fields(p).entrySet()) {
                assertEquals("OK", f.getValue().get("status"), p.get("title") + " " + f.getKey() + ": " + f.getValue());
            }
        }
    }

    @Test
    void jsonLinesStayJsonLinesAndChangeOnlyInRepairedFields() {
        byte[] original = Digests.planted("jsonl");
        Map<String, Object> job = uploadAndRepair("planted-jsonl", original, JSONL);
        assertEquals(2, number(job, "total"), "the English paper needs nothing");

        Api.Reply out = api.get("/digests/planted-jsonl.jsonl");
        assertEquals(200, out.status());
        assertTrue(out.contentType().startsWith("application/x-ndjson"), out.contentType());
        List<String> changed = ByteIdentity.assertOnlyRepairedFieldsChanged(services.parser.url(), original, out.body(), JSONL);
        assertEquals(10, changed.size());
        String[] lines = out.text().split("\n");
        assertEquals(3, lines.length);
        assertEquals(new String(original, StandardCharsets.UTF_8).split("\n")[2], lines[2], "the English paper's line is untouched");
        for (String line : lines) {
            Api.json(line.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(404, api.get("/digests/planted-jsonl.md").status(), "a JSON Lines digest has no Markdown");
    }

    @Test
    void repairingAgainAndOverlappingDigestsMakeNoSummarizerCallForKnownPapers() {
        byte[] digest = Samples.chineseJsonl("again-" + getClass().getSimpleName(), 4);
        uploadAndRepair("again", digest, JSONL);
        byte[] first = api.get("/digests/again.jsonl").body();

        proxy.resetCounts();
        Api.Reply started = api.post("/api/digests/again/repair", null);
        assertEquals(202, started.status(), started.toString());
        Map<String, Object> second = api.awaitEnd((String) started.json().get("jobId"));
        assertEquals("DONE", second.get("state"));
        assertEquals(0, number(second, "summarized"));
        assertEquals(4, number(second, "cached"));
        assertEquals(0, proxy.batches(), "no summarizer call");
        assertArrayEquals(first, api.get("/digests/again.jsonl").body(), "the same repaired bytes");

        // the same papers under another name, and a digest sharing three papers with it
        Map<String, Object> copy = uploadAndRepair("again-copy", digest, JSONL);
        assertEquals(0, number(copy, "summarized"));
        String[] lines = new String(digest, StandardCharsets.UTF_8).split("\n");
        byte[] overlapping = (lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n"
                + new String(Samples.chineseJsonl("overlap-" + getClass().getSimpleName(), 1), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        Map<String, Object> overlap = uploadAndRepair("overlap", overlapping, JSONL);
        assertEquals(3, number(overlap, "cached"));
        assertEquals(1, number(overlap, "summarized"));
        assertEquals(1, proxy.papersSent(), "only the new paper was sent: " + proxy.sentPerPaper());
    }

    @Test
    void theJsonViewShowsDiagnosisProvenanceAndHistory() {
        byte[] original = Samples.chineseJsonl("history-" + getClass().getSimpleName(), 2);
        uploadAndRepair("history", original, JSONL);

        Map<String, Object> detail = api.get("/api/digests/history").json();
        assertEquals("jsonl", detail.get("format"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> papers = (List<Map<String, Object>>) detail.get("papers");
        assertEquals(2, papers.size());
        assertEquals("REPAIRED", papers.getFirst().get("status"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> fields = (Map<String, Map<String, Object>>) papers.getFirst().get("fields");
        Map<String, Object> tldr = fields.get("tldr");
        assertEquals(true, tldr.get("repaired"));
        assertEquals("NON_TARGET_LANGUAGE", tldr.get("status"));
        assertEquals("zh", tldr.get("language"));
        assertEquals("TRANSLATE", tldr.get("action"));
        assertTrue(((String) tldr.get("original")).startsWith("提出了一种"));
        @SuppressWarnings("unchecked")
        Map<String, Object> provenance = (Map<String, Object>) tldr.get("provenance");
        assertNotNull(provenance, tldr.toString());
        assertEquals("offline", provenance.get("engine"));

        // a re-upload is a new revision; the first stays, with its repair
        byte[] changed = (new String(original, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        Map<String, Object> again = upload("history", changed, JSONL);
        assertEquals(2, number(again, "revision"));
        Map<String, Object> job = api.awaitEnd((String) again.get("jobId"));
        assertEquals(2, number(job, "cached"), "unchanged papers come from the cache");
        Map<String, Object> after = api.get("/api/digests/history").json();
        assertEquals(2, number(after, "revision"));
        assertEquals(2, ((List<?>) after.get("revisions")).size());
        assertTrue(((List<?>) after.get("jobs")).size() >= 2);

        List<Map<String, Object>> all = api.get("/api/digests").jsonList();
        Map<String, Object> listed = all.stream().filter(d -> "history".equals(d.get("name"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> status = (Map<String, Object>) listed.get("status");
        assertEquals(2, number(status, "repaired"));
    }

    @Test
    void thePageEscapesDigestTextAndIsServedWithEtagAndGzip() throws IOException {
        uploadAndRepair("planted-page", Digests.planted("jsonl"), JSONL);

        Api.Reply page = api.get("/digests/planted-page");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        String html = page.text();
        assertFalse(html.contains("<script>window.__pwned"), "the planted script is not markup");
        assertFalse(html.contains("<img src=x"), "the planted img is not markup");
        assertFalse(html.contains("<b>for</b>"));
        assertTrue(html.contains("&lt;script&gt;window.__pwned"), "it shows as text");
        // the offline engine wrote the Chinese fields from the abstract: said so, never "translated"
        assertTrue(html.contains("badge from-abstract") && html.contains("badge generated"), "badges on repaired fields");
        assertFalse(html.contains("badge translated"), "no translation was made");
        assertTrue(html.contains("offline · "), "engine and model");
        assertNotNull(page.header("Content-Security-Policy"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));

        String etag = page.header("ETag");
        assertNotNull(etag);
        Api.Reply again = api.get("/digests/planted-page", "If-None-Match", etag);
        assertEquals(304, again.status());
        assertEquals(0, again.body().length);

        Api.Reply gz = api.get("/digests/planted-page", "Accept-Encoding", "gzip");
        assertEquals("gzip", gz.header("Content-Encoding"));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
            assertArrayEquals(page.body(), in.readAllBytes());
        }
        assertEquals(304, api.get("/digests/planted-page", "Accept-Encoding", "gzip", "If-None-Match", gz.header("ETag")).status());

        Api.Reply index = api.get("/");
        assertEquals(200, index.status());
        assertTrue(index.text().contains("href=\"/digests/planted-page\""));
        assertTrue(index.text().contains("<svg class=\"bar\""));
    }

    @Test
    void badInputIsAProblemNeverAServerError() {
        String problem = "application/problem+json";
        for (String name : List.of("bad%20name", "...", "x.md", "a%2Fb", "x".repeat(101))) {
            Api.Reply r = api.put("/api/digests/" + name, Digests.failedSeed(), MARKDOWN);
            assertTrue(r.status() == 400 || r.status() == 404, name + ": " + r);
            assertTrue(r.contentType().startsWith(problem), name + ": " + r.contentType());
        }
        Api.Reply empty = api.put("/api/digests/empty", new byte[0], MARKDOWN);
        assertEquals(400, empty.status(), empty.toString());
        assertTrue(empty.contentType().startsWith(problem));
        Api.Reply garbage = api.put("/api/digests/garbage", "hello, this is not a digest".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertTrue(garbage.status() >= 400 && garbage.status() < 500, garbage.toString());
        assertTrue(garbage.contentType().startsWith(problem));

        assertEquals(404, api.get("/api/digests/nothing-here").status());
        assertEquals(404, api.get("/digests/nothing-here.md").status());
        assertEquals(404, api.get("/digests/nothing-here").status());
        assertEquals(404, api.get("/api/jobs/no-such-job").status());
        assertTrue(api.get("/api/jobs/no-such-job").contentType().startsWith(problem));
        assertEquals(404, api.post("/api/digests/nothing-here/repair", null).status());

        uploadAndRepair("problems", Samples.chineseJsonl("problems-" + getClass().getSimpleName(), 1), JSONL);
        Api.Reply upgrade = api.post("/api/digests/problems/repair?upgrade=gpt", null);
        assertEquals(400, upgrade.status());
        assertTrue(upgrade.text().contains("upgrade"), upgrade.text());
        Api.Reply importBad = api.post("/api/digests/problems/import", "{\"nope\": 1}");
        assertEquals(400, importBad.status(), importBad.toString());
        Api.Reply notJson = api.post("/api/digests/problems/import", "{not json");
        assertEquals(400, notJson.status(), notJson.toString());
        String jobId = (String) api.get("/api/digests/problems").json().get("repairedBy");
        Api.Reply cancelEnded = api.delete("/api/jobs/" + jobId);
        assertEquals(409, cancelEnded.status(), cancelEnded.toString());
    }

    @Test
    void aCancelledJobStops() {
        proxy.holdAfter(0);
        try {
            Map<String, Object> created = upload("cancelled", Samples.chineseJsonl("cancel-" + getClass().getSimpleName(), 6), JSONL);
            String id = (String) created.get("jobId");
            api.awaitJob(id, j -> "RUNNING".equals(j.get("state")), Duration.ofSeconds(30));
            Api.Reply cancelled = api.delete("/api/jobs/" + id);
            assertEquals(200, cancelled.status(), cancelled.toString());
            assertEquals("CANCELLED", cancelled.json().get("state"));
            proxy.release();
            ServiceProcess.sleep(1000);
            Map<String, Object> job = api.job(id);
            assertEquals("CANCELLED", job.get("state"));
            assertTrue(number(job, "done") < 6, job.toString());
            assertEquals("original", api.get("/digests/cancelled.jsonl").header("X-Digest-Repair"));
        } finally {
            proxy.release();
        }
    }

    @Test
    void anUnreachableSummarizerIsWaitedForWithoutFailingPapers() {
        proxy.unavailable(true);
        try {
            Map<String, Object> created = upload("waiting", Samples.chineseJsonl("wait-" + getClass().getSimpleName(), 3), JSONL);
            String id = (String) created.get("jobId");
            Map<String, Object> waiting = api.awaitJob(id, j -> String.valueOf(j.get("message")).startsWith("waiting for summarizer-service"),
                    Duration.ofSeconds(30));
            assertEquals("RUNNING", waiting.get("state"));
            ServiceProcess.sleep(1500);
            Map<String, Object> still = api.job(id);
            assertEquals("RUNNING", still.get("state"));
            assertEquals(0, number(still, "failed"));
            proxy.unavailable(false);
            Map<String, Object> done = api.awaitEnd(id);
            assertEquals("DONE", done.get("state"));
            assertEquals(0, number(done, "failed"));
            assertEquals(3, number(done, "summarized"));
        } finally {
            proxy.unavailable(false);
        }
    }

    @Test
    void progressStreamsAsServerSentEvents() throws Exception {
        proxy.holdAfter(0);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader;
        String id;
        try {
            Map<String, Object> created = upload("streamed", Samples.chineseJsonl("sse-" + getClass().getSimpleName(), 4), JSONL);
            id = (String) created.get("jobId");
            HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + "/api/jobs/" + id + "/events"))
                    .header("Accept", "text/event-stream").build();
            HttpResponse<java.util.stream.Stream<String>> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofLines());
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            reader = Thread.ofVirtual().start(() -> response.body().forEach(lines::add));
            ServiceProcess.sleep(500);
        } finally {
            proxy.release();
        }
        reader.join(Duration.ofSeconds(60));
        assertFalse(reader.isAlive(), "the stream ends with the job");
        List<Map<String, Object>> events = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("data:")) {
                events.add(Api.json(line.substring(5).trim().getBytes(StandardCharsets.UTF_8)));
            }
        }
        assertTrue(lines.contains("event: progress"), lines.toString());
        assertTrue(events.size() >= 2, events.toString());
        assertTrue(number(events.getFirst(), "percent") < 100, events.getFirst().toString());
        Map<String, Object> last = events.getLast();
        assertEquals("DONE", last.get("state"));
        assertEquals(100, number(last, "percent"));
        int[] percents = events.stream().mapToInt(e -> number(e, "percent")).toArray();
        int[] sorted = percents.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, percents, "progress never goes back");
    }

    @Test
    void anIdenticalBodyIsNoNewRevision() {
        byte[] original = Samples.chineseJsonl("same-" + getClass().getSimpleName(), 1);
        Map<String, Object> first = upload("same-body", original, JSONL);
        api.awaitEnd((String) first.get("jobId"));
        Map<String, Object> again = upload("same-body", original, JSONL);
        assertEquals(1, number(again, "revision"), again.toString());
        assertEquals(first.get("jobId"), again.get("jobId"), "the job that repaired it is answered again");
        assertEquals(first.get("counts"), again.get("counts"));
        Map<String, Object> detail = api.get("/api/digests/same-body").json();
        assertEquals(1, ((List<?>) detail.get("revisions")).size());
        assertEquals(1, ((List<?>) detail.get("jobs")).size(), "no second job");
    }
}
