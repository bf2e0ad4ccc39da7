package io.digestrepair.gateway.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static io.digestrepair.gateway.it.Api.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 point 8: a cancelled job stops spending at once. The gateway sends 4 batches of 8
 * papers at a time to a summarizer that calls the llm-simulator (1 s per call) at most 8 at a
 * time, so 24 papers wait in the summarizer behind the 8 being called; cancelling must close the
 * batches in flight, which makes the summarizer drop the papers still waiting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CancellationTest {

    private Services.Llm llm;
    private EmbeddedGateway gateway;
    private Api api;
    private Api simulator;

    @BeforeAll
    void start() {
        Services services = Services.shared();
        llm = Services.llm();
        simulator = new Api(llm.simulator().url());
        gateway = EmbeddedGateway.start(services.parser.url(), llm.summarizer().url(), Map.of(), Map.of(
                "gateway.jobs.batch-size", 8, "gateway.jobs.concurrency", 4));
        api = gateway.api();
    }

    @AfterAll
    void stop() throws Exception {
        faults("DELETE", null);
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void point8ACancelledJobStopsItsQueuedAndInFlightCalls() throws Exception {
        faults("PATCH", "{\"SIM_LATENCY_MS\": 1000}");
        Api.Reply up = api.put("/api/digests/cancel-me", Samples.chineseJsonl("cancel-" + System.nanoTime(), 64), "application/x-ndjson");
        assertEquals(201, up.status(), up.toString());
        String id = (String) up.json().get("jobId");
        api.awaitJob(id, j -> number(j, "done") >= 8, Duration.ofSeconds(60));

        Api.Reply cancelled = api.delete("/api/jobs/" + id);
        assertEquals(200, cancelled.status(), cancelled.toString());
        int atCancel = requests();
        Thread.sleep(4000); // four call latencies: the summarizer's waiting papers would have been called by now
        int after = requests();
        System.out.printf("LLM calls when cancelled: %d, four seconds later: %d%n", atCancel, after);
        // calls already let through the summarizer's 8 permits may just have reached the simulator
        assertTrue(after - atCancel <= 8, "calls went on after the cancel: " + atCancel + " -> " + after);
        assertEquals(0, number(stats(), "inFlight"), "the calls in flight were abandoned");
        Map<String, Object> job = api.job(id);
        assertEquals("CANCELLED", job.get("state"), job.toString());
    }

    private int requests() {
        return number(stats(), "requests");
    }

    private Map<String, Object> stats() {
        return simulator.get("/stats").json();
    }

    private void faults(String method, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(llm.simulator().url() + "/admin/faults"))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() < 300, r.statusCode() + " " + r.body());
    }
}
