package io.digestrepair.gateway.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.digestrepair.gateway.it.Api.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway with summarizer-service using an LLM (the llm-simulator, OpenAI-compatible), and
 * the upgrade of offline repairs once an LLM is configured; on every store.
 */
abstract class LlmScenarios extends GatewayScenarios {

    static final String JSONL = "application/x-ndjson";
    static final java.time.Duration INFO_TTL = java.time.Duration.ofMillis(500);

    Services.Llm llm;

    /**
     * The summarizer's configuration is kept briefly, as in production but shorter, so that a test
     * can play a summarizer restarted with another model and wait for the gateway to notice.
     */
    @Override
    Map<String, Object> gatewaySettings() {
        return Map.of("gateway.summarizer-info-ttl", INFO_TTL.toMillis() + "ms");
    }

    @BeforeAll
    void startLlm() {
        llm = Services.llm();
    }

    private int simulatorRequests() {
        return number(new Api(llm.simulator().url()).get("/stats").json(), "requests");
    }

    private Map<String, Object> repair(String path) {
        Api.Reply started = api.post(path, null);
        assertEquals(202, started.status(), started.toString());
        Map<String, Object> job = api.awaitEnd((String) started.json().get("jobId"));
        assertEquals("DONE", job.get("state"), job.toString());
        return job;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> provenances(String name) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        for (Map<String, Object> p : (List<Map<String, Object>>) api.get("/api/digests/" + name).json().get("papers")) {
            for (Map<String, Object> f : ((Map<String, Map<String, Object>>) p.get("fields")).values()) {
                if (Boolean.TRUE.equals(f.get("repaired"))) {
                    all.add((Map<String, Object>) f.get("provenance"));
                }
            }
        }
        return all;
    }

    @Test
    void anLlmRepairIsServedWithItsProvenance() {
        proxy.target(llm.summarizer().url());
        int before = simulatorRequests();
        Api.Reply created = api.put("/api/digests/by-llm", Samples.chineseJsonl("llm-" + getClass().getSimpleName(), 3), JSONL);
        assertEquals(201, created.status(), created.toString());
        Map<String, Object> job = api.awaitEnd((String) created.json().get("jobId"));
        assertEquals("DONE", job.get("state"), job.toString());
        assertEquals(3, number(job, "summarized"));
        assertTrue(simulatorRequests() > before, "the simulator was asked");

        List<Map<String, Object>> provenance = provenances("by-llm");
        assertEquals(15, provenance.size());
        assertTrue(provenance.stream().allMatch(p -> "openai".equals(p.get("engine"))), provenance.toString());
        assertTrue(provenance.stream().allMatch(p -> "simulated-model".equals(p.get("model"))), provenance.toString());
        assertTrue(api.get("/digests/by-llm").text().contains("openai · simulated-model"));
    }

    /** Points the gateway's summarizer at another process and lets the kept configuration age out. */
    private void restartSummarizerAs(String url) {
        proxy.target(url);
        try {
            Thread.sleep(INFO_TTL.toMillis() + 200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String jobModel(Map<String, Object> job) {
        return (String) ((Map<String, Object>) job.get("summarizer")).get("model");
    }

    @Test
    void anotherModelIsAskedAgainAndTheSameModelIsNot() {
        restartSummarizerAs(llm.summarizer().url());
        Api.Reply created = api.put("/api/digests/models", Samples.chineseJsonl("models-" + getClass().getSimpleName(), 3), JSONL);
        assertEquals(201, created.status(), created.toString());
        Map<String, Object> first = api.awaitEnd((String) created.json().get("jobId"));
        assertEquals("DONE", first.get("state"), first.toString());
        assertEquals(3, number(first, "summarized"));
        assertEquals(Services.MODEL, jobModel(first));

        int before = simulatorRequests();
        Map<String, Object> same = repair("/api/digests/models/repair");
        assertEquals(3, number(same, "cached"));
        assertEquals(before, simulatorRequests(), "the same model: no LLM call");

        restartSummarizerAs(Services.llmOtherModel().url());
        Map<String, Object> other = repair("/api/digests/models/repair");
        assertEquals(3, number(other, "summarized"), other.toString());
        assertEquals(0, number(other, "cached"));
        assertEquals(Services.OTHER_MODEL, jobModel(other));
        assertTrue(simulatorRequests() > before, "the new model was asked");
        assertTrue(provenances("models").stream().allMatch(p -> Services.OTHER_MODEL.equals(p.get("model"))),
                provenances("models").toString());

        int afterOther = simulatorRequests();
        assertEquals(3, number(repair("/api/digests/models/repair"), "cached"));
        restartSummarizerAs(llm.summarizer().url());
        Map<String, Object> back = repair("/api/digests/models/repair");
        assertEquals(3, number(back, "cached"), "the first model's repairs are still there");
        assertEquals(afterOther, simulatorRequests());
        assertTrue(provenances("models").stream().allMatch(p -> Services.MODEL.equals(p.get("model"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUpgradeHasNothingToDoWhileTheSummarizerRunsTheOfflineEngine() {
        restartSummarizerAs(services.summarizer.url());
        Api.Reply created = api.put("/api/digests/offline-only", Samples.chineseJsonl("offline-" + getClass().getSimpleName(), 2), JSONL);
        assertEquals(201, created.status(), created.toString());
        assertEquals("DONE", api.awaitEnd((String) created.json().get("jobId")).get("state"));
        int jobs = ((List<?>) api.get("/api/digests/offline-only").json().get("jobs")).size();

        Api.Reply upgrade = api.post("/api/digests/offline-only/repair?upgrade=offline", null);

        assertEquals(200, upgrade.status(), upgrade.toString());
        Map<String, Object> body = upgrade.json();
        assertEquals(true, body.get("skipped"));
        assertEquals(null, body.get("jobId"));
        assertEquals("offline", body.get("upgrade"));
        assertTrue(((String) body.get("message")).startsWith("nothing to upgrade: summarizer-service runs the offline engine"),
                body.toString());
        assertEquals("offline", ((Map<String, Object>) body.get("summarizer")).get("engine"));
        assertEquals(jobs, ((List<?>) api.get("/api/digests/offline-only").json().get("jobs")).size(), "no job");
    }

    @Test
    void anUpgradeRewritesWhatTheOfflineEngineWrote() {
        proxy.target(services.summarizer.url());
        byte[] digest = Samples.chineseJsonl("upgrade-" + getClass().getSimpleName(), 3);
        Api.Reply created = api.put("/api/digests/upgraded", digest, JSONL);
        assertEquals(201, created.status(), created.toString());
        assertEquals("DONE", api.awaitEnd((String) created.json().get("jobId")).get("state"));
        assertTrue(provenances("upgraded").stream().allMatch(p -> "offline".equals(p.get("engine"))));

        // an LLM is configured now: a plain repair keeps what is there
        proxy.target(llm.summarizer().url());
        int before = simulatorRequests();
        Map<String, Object> plain = repair("/api/digests/upgraded/repair");
        assertEquals(0, number(plain, "summarized"));
        assertEquals(3, number(plain, "cached"));
        assertEquals(before, simulatorRequests(), "no LLM call");

        Map<String, Object> upgrade = repair("/api/digests/upgraded/repair?upgrade=offline");
        assertEquals("offline", upgrade.get("upgrade"));
        assertEquals(3, number(upgrade, "summarized"));
        assertTrue(simulatorRequests() > before);
        List<Map<String, Object>> provenance = provenances("upgraded");
        assertEquals(15, provenance.size());
        assertTrue(provenance.stream().allMatch(p -> "openai".equals(p.get("engine"))), provenance.toString());

        // nothing left that the offline engine wrote
        Map<String, Object> again = repair("/api/digests/upgraded/repair?upgrade=offline");
        assertEquals(0, number(again, "summarized"));
    }
}
