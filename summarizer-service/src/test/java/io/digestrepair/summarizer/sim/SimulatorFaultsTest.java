package io.digestrepair.summarizer.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.digestrepair.core.wire.SummaryRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fault of the simulator, through the service's batch endpoint: each paper must still come
 * back as a valid English repair (answers checked from outside with the service's own rules), and
 * the fault must really have happened, or the test proves nothing.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatorFaultsTest implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<SummaryRequest> PAPERS = CorpusPapers.load(12);

    private final LlmSimulator sim = LlmSimulator.shared();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("summarizer.provider", "openai", "summarizer.openai-base-url", sim.baseUrl(),
                "summarizer.model-name", "llm-simulator", "summarizer.fallback-model-name", "llm-simulator-fallback",
                "summarizer.timeout", "1500ms", "summarizer.max-retries", "4", "summarizer.max-concurrency", "8",
                "summarizer.circuit-failure-threshold", "50");
    }

    @Inject
    @Client("/")
    HttpClient client;

    private Map<String, JsonNode> runBatch(Map<String, Object> faults) throws Exception {
        sim.reset();
        Map<String, Object> settings = new HashMap<>(faults);
        settings.putIfAbsent("SIM_SEED", 7);
        sim.faults(settings);
        String body = client.toBlocking().retrieve(HttpRequest.POST("/summaries/batch", CorpusPapers.ndjson(PAPERS))
                .contentType("application/x-ndjson"));
        Map<String, JsonNode> answers = new HashMap<>();
        for (String line : body.strip().split("\n")) {
            JsonNode a = JSON.readTree(line);
            answers.put(a.get("id").asText(), a);
        }
        assertEquals(PAPERS.size(), answers.size(), body);
        List<String> problems = new ArrayList<>();
        for (SummaryRequest p : PAPERS) {
            // a paper whose every LLM answer failed may end in the documented fallback: offline fields or its error
            AnswerValidity.problems(p, answers.get(p.id()), true).forEach(x -> problems.add(p.id() + ": " + x));
        }
        assertEquals(List.of(), problems);
        return answers;
    }

    private long outcome(String name) {
        return sim.stats().path("outcomes").path(name).asLong();
    }

    @Test
    void noFaults() throws Exception {
        Map<String, JsonNode> answers = runBatch(Map.of());
        assertEquals(PAPERS.size(), sim.stats().get("requests").asLong(), "one request per paper");
        // 12 papers, 8 permits; the simulator may count one request whose answer the service has already read
        assertTrue(sim.stats().get("maxInFlight").asInt() <= 9, "LLM_MAX_CONCURRENCY=8 exceeded: " + sim.stats());
        answers.values().forEach(a -> a.get("provenance").forEach(p -> assertEquals(1, p.get("attempts").asInt())));
    }

    @Test
    void rateLimitsWithRetryAfter() throws Exception {
        long start = System.nanoTime();
        Map<String, JsonNode> answers = runBatch(Map.of("SIM_RATE_429", 0.4, "SIM_RETRY_AFTER_S", 1));
        assertTrue(outcome("rateLimited") > 0, sim.stats().toString());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 1000, "Retry-After was not waited for");
        assertTrue(answers.values().stream().anyMatch(a -> a.toString().contains("rate_limited (HTTP 429), retried")));
    }

    @Test
    void serverErrors() throws Exception {
        runBatch(Map.of("SIM_RATE_500", 0.4));
        assertTrue(outcome("serverError") > 0, sim.stats().toString());
    }

    @Test
    void hangsEndInTimeoutsAndRetries() throws Exception {
        Map<String, JsonNode> answers = runBatch(Map.of("SIM_RATE_TIMEOUT", 0.3, "SIM_HANG_MS", 20000));
        assertTrue(outcome("timeout") > 0, sim.stats().toString());
        assertTrue(answers.values().stream().anyMatch(a -> a.toString().contains("timeout, retried")));
    }

    @Test
    void malformedAnswersOfEveryKind() throws Exception {
        runBatch(Map.of("SIM_RATE_MALFORMED", 0.6));
        JsonNode variants = sim.stats().path("malformedVariants");
        assertTrue(outcome("malformed") > 0, sim.stats().toString());
        long kinds = 0;
        for (var it = variants.elements(); it.hasNext(); ) {
            kinds += it.next().asLong() > 0 ? 1 : 0;
        }
        assertTrue(kinds >= 3, "too few malformed variants exercised: " + variants);
    }

    @Test
    void wrongLanguageAnswersAreCorrected() throws Exception {
        runBatch(Map.of("SIM_RATE_WRONG_LANGUAGE", 0.3));
        assertTrue(outcome("wrongLanguage") > 0, sim.stats().toString());
        assertTrue(sim.stats().get("requests").asLong() > PAPERS.size(), "wrong answers must be re-asked");
    }

    @Test
    void placeholderAnswersAreCorrected() throws Exception {
        runBatch(Map.of("SIM_RATE_PLACEHOLDER", 0.4));
        assertTrue(outcome("placeholder") > 0, sim.stats().toString());
    }

    @Test
    void everyFaultAtOnce() throws Exception {
        runBatch(Map.of("SIM_RATE_429", 0.1, "SIM_RATE_500", 0.1, "SIM_RATE_TIMEOUT", 0.05, "SIM_HANG_MS", 20000,
                "SIM_RATE_MALFORMED", 0.1, "SIM_RATE_WRONG_LANGUAGE", 0.1, "SIM_RATE_PLACEHOLDER", 0.1));
    }
}
