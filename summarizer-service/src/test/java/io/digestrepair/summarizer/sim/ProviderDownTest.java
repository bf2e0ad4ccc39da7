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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A provider that keeps failing: the circuit opens, later papers go straight to the offline engine
 * without a request, and once the provider is back a probe closes the circuit again.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderDownTest implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<SummaryRequest> PAPERS = CorpusPapers.load(20);

    private final LlmSimulator sim = LlmSimulator.shared();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("summarizer.provider", "openai", "summarizer.openai-base-url", sim.baseUrl(),
                "summarizer.model-name", "llm-simulator", "summarizer.timeout", "2s", "summarizer.max-retries", "1",
                "summarizer.max-concurrency", "2", "summarizer.circuit-failure-threshold", "4",
                "summarizer.circuit-open-for", "2s");
    }

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theCircuitSendsPapersToTheFallbackAndProbesTheProviderLater() throws Exception {
        sim.reset();
        sim.faults(Map.of("SIM_RATE_500", 1.0));
        String body = client.toBlocking().retrieve(HttpRequest.POST("/summaries/batch", CorpusPapers.ndjson(PAPERS))
                .contentType("application/x-ndjson"));
        long requests = sim.stats().get("requests").asLong();
        assertTrue(requests < PAPERS.size(), "the open circuit must spare the provider: " + requests + " requests; "
                + sim.stats() + "\n" + body);
        List<String> problems = new ArrayList<>();
        int circuitOpen = 0;
        for (String line : body.strip().split("\n")) {
            JsonNode a = JSON.readTree(line);
            SummaryRequest paper = PAPERS.stream().filter(p -> p.id().equals(a.get("id").asText())).findFirst().orElseThrow();
            AnswerValidity.problems(paper, a, true).forEach(problems::add);
            if (a.toString().contains("circuit open")) {
                circuitOpen++;
            }
            assertTrue(a.has("error") && !a.get("error").isNull() || "offline".equals(a.at("/provenance/tldr/engine").asText()),
                    "a paper the provider could not write comes from the offline engine or carries an error: " + a);
        }
        assertEquals(List.of(), problems);
        assertTrue(circuitOpen > 0, body);
        assertTrue(client.toBlocking().retrieve("/prometheus").contains("summarizer_circuit_state{engine=\"openai\",service=\"summarizer-service\"} 2.0"));

        sim.faults(Map.of());
        Thread.sleep(2200);
        // the first paper after the open period is the probe; its success closes the circuit for the rest
        String probe = client.toBlocking().retrieve(HttpRequest.POST("/summaries/batch", CorpusPapers.ndjson(PAPERS.subList(3, 4)))
                .contentType("application/x-ndjson"));
        assertEquals("openai", JSON.readTree(probe).at("/provenance/tldr/engine").asText(), probe);
        String again = client.toBlocking().retrieve(HttpRequest.POST("/summaries/batch", CorpusPapers.ndjson(PAPERS.subList(0, 3)))
                .contentType("application/x-ndjson"));
        for (String line : again.strip().split("\n")) {
            JsonNode a = JSON.readTree(line);
            assertEquals("openai", a.at("/provenance/tldr/engine").asText(), a.toString());
        }
        assertTrue(client.toBlocking().retrieve("/prometheus").contains("summarizer_circuit_state{engine=\"openai\",service=\"summarizer-service\"} 0.0"));
    }
}
