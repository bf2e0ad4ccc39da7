package io.digestrepair.gateway.it;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static io.digestrepair.gateway.it.Api.number;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12's points 1 and 7: what readers get while a new revision waits, and every revision readable and restorable. */
class RevisionsAndOutagesTest extends GatewayScenarios {

    private static final String JSONL = "application/x-ndjson";

    @Override
    Map<String, Object> store() {
        return Map.of();
    }

    @Override
    Map<String, Object> gatewaySettings() {
        return Map.of();
    }

    @Test
    void point1ANewRevisionServesTheBestRepairedTextWhileTheSummarizerIsDown() {
        String tag = "best-" + System.nanoTime();
        byte[] first = Samples.chineseJsonl(tag, 12);
        Map<String, Object> done1 = api.awaitEnd((String) put("best", first).get("jobId"));
        assertEquals("DONE", done1.get("state"), done1.toString());
        byte[] repaired1 = api.get("/digests/best.jsonl").body();

        // one field of one paper changed, uploaded while the summarizer is down
        String changed = new String(first, StandardCharsets.UTF_8)
                .replaceFirst("标注数据稀缺限制了该领域的进展。", "标注数据稀缺严重限制了该领域的进展。");
        proxy.unavailable(true);
        try {
            long start = System.nanoTime();
            String jobId = (String) put("best", changed.getBytes(StandardCharsets.UTF_8)).get("jobId");
            Api.Reply served = awaitServed("/digests/best.jsonl", Duration.ofSeconds(30));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("re-upload with the summarizer down: repaired text served after %.2f s%n", seconds);
            // 11 papers from the cache, the changed one from revision 1's repair: the same bytes as revision 1's repair
            assertArrayEquals(repaired1, served.body(), served.text());
            assertEquals("partial", served.header("X-Digest-Repair"));
            Map<String, Object> waiting = api.awaitJob(jobId, j -> number(j, "cached") == 11, Duration.ofSeconds(30));
            assertEquals("RUNNING", waiting.get("state"), waiting.toString());
            assertEquals(11, number(waiting, "done"), waiting.toString());
            assertEquals(12, number(waiting, "total"), waiting.toString());
            String page = api.get("/digests/best").text();
            assertTrue(page.contains("Waiting for the summarizer"), "the page says which paper waits");

            proxy.unavailable(false);
            Map<String, Object> done2 = api.awaitEnd(jobId);
            assertEquals("DONE", done2.get("state"), done2.toString());
            assertEquals(1, number(done2, "summarized"), done2.toString());
            assertEquals(11, number(done2, "cached"), done2.toString());
        } finally {
            proxy.unavailable(false);
        }
        Api.Reply final2 = api.get("/digests/best.jsonl");
        assertEquals("repaired", final2.header("X-Digest-Repair"));
        assertFalse(final2.text().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), "no Chinese left");

        // the same with the summarizer up: a re-upload of another changed paper until its repair is served
        String again = changed.replaceFirst("通过过滤噪声伪标签进行自训练。", "通过仔细过滤噪声伪标签进行自训练。");
        long start = System.nanoTime();
        String jobId = (String) put("best", again.getBytes(StandardCharsets.UTF_8)).get("jobId");
        Map<String, Object> done3 = api.awaitEnd(jobId);
        Api.Reply final3 = api.get("/digests/best.jsonl");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("re-upload with the summarizer up: repaired text served after %.2f s%n", seconds);
        assertEquals("DONE", done3.get("state"), done3.toString());
        assertEquals("repaired", final3.header("X-Digest-Repair"));
    }

    @Test
    void point7EveryRevisionCanBeReadAndRestored() {
        String tag = "rev-" + System.nanoTime();
        assertEquals("DONE", api.awaitEnd((String) put("revs", Samples.chineseJsonl(tag + "a", 3)).get("jobId")).get("state"));
        byte[] one = api.get("/digests/revs.jsonl").body();
        assertEquals("DONE", api.awaitEnd((String) put("revs", Samples.chineseJsonl(tag + "b", 2)).get("jobId")).get("state"));
        byte[] two = api.get("/digests/revs.jsonl").body();
        assertFalse(java.util.Arrays.equals(one, two));

        Api.Reply r1 = api.get("/digests/revs.jsonl?revision=1");
        assertEquals(200, r1.status(), r1.toString());
        assertArrayEquals(one, r1.body());
        assertEquals("repaired", r1.header("X-Digest-Repair"));
        assertArrayEquals(two, api.get("/digests/revs.jsonl?revision=2").body());
        Api.Reply page1 = api.get("/digests/revs?revision=1");
        assertEquals(200, page1.status());
        assertTrue(page1.text().contains("(" + tag + "a)"), "revision 1's page shows its papers");
        assertFalse(page1.text().contains("(" + tag + "b)"));
        Api.Reply missing = api.get("/digests/revs.jsonl?revision=9");
        assertEquals(404, missing.status(), missing.toString());
        assertTrue(missing.contentType().startsWith("application/problem+json"));
        assertEquals(400, api.get("/digests/revs.jsonl?revision=first").status());
        assertEquals(404, api.get("/digests/revs.md?revision=1").status(), "revision 1 is JSON Lines");

        Api.Reply restored = api.post("/api/digests/revs/revisions/1/restore", null);
        assertEquals(200, restored.status(), restored.toString());
        assertEquals(1, number(restored.json(), "revision"));
        assertArrayEquals(one, api.get("/digests/revs.jsonl").body());
        assertEquals(1, number(api.get("/api/digests/revs").json(), "revision"));
        assertEquals(404, api.post("/api/digests/revs/revisions/7/restore", null).status());

        // the next upload is a new revision after the newest, never one already stored
        Map<String, Object> third = put("revs", Samples.chineseJsonl(tag + "c", 1));
        assertEquals(3, number(third, "revision"), third.toString());
        api.awaitEnd((String) third.get("jobId"));
        assertArrayEquals(two, api.get("/digests/revs.jsonl?revision=2").body(), "nothing stored is lost");
    }

    private Map<String, Object> put(String name, byte[] body) {
        Api.Reply r = api.put("/api/digests/" + name, body, JSONL);
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    /** Polls until the digest is served with repaired text (not as uploaded). */
    private Api.Reply awaitServed(String path, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Api.Reply r = api.get(path);
            if (r.status() == 200 && !"original".equals(r.header("X-Digest-Repair"))) {
                return r;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " still served as uploaded after " + timeout);
            }
            ServiceProcess.sleep(20);
        }
    }
}
