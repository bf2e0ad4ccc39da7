package io.digestrepair.summarizer.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.digestrepair.summarizer.llm.ScriptedLlmServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP contract of the service: answers, NDJSON batches, metrics, and problem+json for bad input. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryHttpTest implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ABSTRACT = "Large language models often fail on long inputs. We propose a chunked retrieval "
            + "method and evaluate it on 4 benchmarks, improving accuracy by 7.5 points.";

    private final ScriptedLlmServer llm;

    SummaryHttpTest() {
        try {
            llm = ScriptedLlmServer.openAi().otherwise(r -> ScriptedLlmServer.Reply.ok(goodAnswer(r.body())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a well-behaved model answers: one English sentence per field asked for in the schema. */
    static String goodAnswer(JsonNode request) {
        var out = JSON.createObjectNode();
        for (JsonNode key : request.at("/response_format/json_schema/schema/required")) {
            out.put(key.asText(), "The paper proposes a chunked retrieval method that improves accuracy on long inputs.");
        }
        return out.toString();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of("summarizer.provider", "openai", "summarizer.openai-base-url", llm.baseUrl(),
                "summarizer.model-name", "scripted-model", "summarizer.timeout", "5s");
    }

    @AfterAll
    void stop() {
        llm.close();
    }

    @Inject
    @Client("/")
    HttpClient client;

    static String paper(String id) {
        return """
                {"id": "%s", "title": "Chunked Retrieval for Long Inputs", "abstract": "%s", "targetLanguage": "en",
                 "fields": {"tldr": {"text": "Summary generation failed", "action": "GENERATE"},
                            "method": {"text": "我们提出了一种分块检索方法。", "action": "TRANSLATE"},
                            "result": {"text": "Accuracy improves.", "action": "KEEP"}}}""".formatted(id, ABSTRACT).replace("\n", " ");
    }

    @Test
    void onePaperIsRepaired() throws Exception {
        String body = client.toBlocking().retrieve(HttpRequest.POST("/summaries", paper("p1")).contentType(MediaType.APPLICATION_JSON));
        JsonNode answer = JSON.readTree(body);
        assertEquals("p1", answer.get("id").asText());
        assertEquals(Set.of("tldr", "method"), names(answer.get("fields")));
        JsonNode tldr = answer.at("/provenance/tldr");
        assertEquals("openai", tldr.get("engine").asText());
        assertEquals("scripted-model", tldr.get("model").asText());
        assertEquals("GENERATE", tldr.get("mode").asText());
        assertEquals("TRANSLATE", answer.at("/provenance/method/mode").asText());
        assertEquals("repair-v1", tldr.get("promptVersion").asText());
        assertEquals(1, tldr.get("attempts").asInt());
        // written even when nothing went wrong: an empty list, never left out
        assertTrue(tldr.get("warnings").isArray() && tldr.get("warnings").isEmpty(), tldr.toString());
    }

    @Test
    void infoNamesTheConfiguredEngineAsProvenanceWill() throws Exception {
        int before = llm.received().size();
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/summaries/info"), String.class);
        assertEquals("application/json", response.getContentType().orElseThrow().getName());
        JsonNode info = JSON.readTree(response.body());
        assertEquals("openai", info.get("engine").asText());
        assertEquals("scripted-model", info.get("model").asText());
        assertEquals("repair-v1", info.get("promptVersion").asText());
        assertTrue(info.has("fallbackModel") && info.get("fallbackModel").isNull(), info.toString());
        assertEquals(before, llm.received().size(), "asking costs no LLM call");
    }

    @Test
    void propertiesTheServiceDoesNotUseAreIgnored() throws Exception {
        String body = """
                {"id": "extra", "title": "T", "abstract": "%s", "index": 3, "url": "https://arxiv.org/abs/1",
                 "fields": {"tldr": {"text": "Error", "action": "GENERATE", "status": "PLACEHOLDER", "span": [1, 2]}}}"""
                .formatted(ABSTRACT);
        JsonNode answer = JSON.readTree(client.toBlocking().retrieve(
                HttpRequest.POST("/summaries", body).contentType(MediaType.APPLICATION_JSON)));
        assertEquals(Set.of("tldr"), names(answer.get("fields")));
    }

    @Test
    void aBatchIsStreamedAsNdjsonOneAnswerPerPaper() throws Exception {
        String ndjson = paper("a") + "\n" + paper("b") + "\n\n" + paper("c") + "\n";
        HttpResponse<String> response = client.toBlocking().exchange(
                HttpRequest.POST("/summaries/batch", ndjson).contentType("application/x-ndjson"), String.class);
        assertEquals("application/x-ndjson", response.getContentType().orElseThrow().getName());
        String[] lines = response.body().strip().split("\n");
        assertEquals(3, lines.length, response.body());
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            JsonNode answer = JSON.readTree(line);
            ids.add(answer.get("id").asText());
            assertEquals(Set.of("tldr", "method"), names(answer.get("fields")));
        }
        assertEquals(Set.of("a", "b", "c"), ids);
    }

    @Test
    void aBatchMayBeAJsonArray() throws Exception {
        String array = "[" + paper("x") + "," + paper("y") + "]";
        String body = client.toBlocking().retrieve(HttpRequest.POST("/summaries/batch", array).contentType(MediaType.APPLICATION_JSON));
        assertEquals(2, body.strip().split("\n").length, body);
    }

    @Test
    void tokensAndLatencyPerEngineAreInPrometheus() {
        client.toBlocking().retrieve(HttpRequest.POST("/summaries", paper("m")).contentType(MediaType.APPLICATION_JSON));
        String metrics = client.toBlocking().retrieve("/prometheus");
        assertTrue(metrics.contains("summarizer_llm_tokens_total{engine=\"openai\",model=\"scripted-model\",service=\"summarizer-service\",type=\"prompt\"}"), metrics);
        assertTrue(metrics.contains("summarizer_llm_calls_seconds_count{engine=\"openai\",model=\"scripted-model\",outcome=\"ok\""), metrics);
        assertTrue(metrics.contains("summarizer_circuit_state{engine=\"openai\""), metrics);
        assertTrue(metrics.contains("summarizer_papers_total{outcome=\"repaired\""), metrics);
    }

    private JsonNode problem(HttpRequest<?> request, int status) throws Exception {
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(request, String.class));
        assertEquals(status, e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""));
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        return JSON.readTree(e.getResponse().getBody(String.class).orElseThrow());
    }

    @Test
    void aMissingAbstractWithNothingToTranslateIsA400NamingTheAbstract() throws Exception {
        String body = """
                {"id": "p", "title": "T", "fields": {"tldr": {"text": "N/A", "action": "GENERATE"}}}""";
        JsonNode p = problem(HttpRequest.POST("/summaries", body).contentType(MediaType.APPLICATION_JSON), 400);
        assertEquals("abstract", p.get("field").asText());
    }

    @Test
    void aTranslationWithoutTextIsA400() throws Exception {
        String body = """
                {"id": "p", "title": "T", "fields": {"method": {"action": "TRANSLATE"}}}""";
        JsonNode p = problem(HttpRequest.POST("/summaries", body).contentType(MediaType.APPLICATION_JSON), 400);
        assertEquals("fields.method.text", p.get("field").asText());
    }

    @Test
    void anUnknownFieldNameIsA400NamingIt() throws Exception {
        String body = """
                {"id": "p", "title": "T", "abstract": "A.", "fields": {"summary": {"text": "x", "action": "GENERATE"}}}""";
        JsonNode p = problem(HttpRequest.POST("/summaries", body).contentType(MediaType.APPLICATION_JSON), 400);
        assertEquals("fields.summary", p.get("field").asText());
        assertTrue(p.get("detail").asText().contains("unknown field"));
    }

    @Test
    void anUnknownActionIsA400() throws Exception {
        String body = """
                {"id": "p", "title": "T", "abstract": "A.", "fields": {"tldr": {"text": "x", "action": "REWRITE"}}}""";
        problem(HttpRequest.POST("/summaries", body).contentType(MediaType.APPLICATION_JSON), 400);
    }

    @Test
    void aTenMegabyteAbstractIsA413NamingTheAbstract() throws Exception {
        String huge = "a".repeat(10 * 1024 * 1024);
        String body = "{\"id\": \"p\", \"title\": \"T\", \"abstract\": \"" + huge
                + "\", \"fields\": {\"tldr\": {\"text\": \"N/A\", \"action\": \"GENERATE\"}}}";
        JsonNode p = problem(HttpRequest.POST("/summaries", body).contentType(MediaType.APPLICATION_JSON), 413);
        assertEquals("abstract", p.path("field").asText(), p.toString());
        int before = llm.received().size();
        assertEquals(before, llm.received().size());
    }

    @Test
    void nonJsonIsA400Problem() throws Exception {
        problem(HttpRequest.POST("/summaries", "this is not json").contentType(MediaType.APPLICATION_JSON), 400);
        problem(HttpRequest.POST("/summaries", "{\"id\": ").contentType(MediaType.APPLICATION_JSON), 400);
    }

    @Test
    void aBadBatchLineIsA400NamingTheLineAndNothingIsSent() throws Exception {
        int before = llm.received().size();
        String ndjson = paper("ok") + "\n{\"id\": \"bad\", \"title\": \"T\", \"fields\": {\"tldr\": {\"text\": \"x\", \"action\": \"GENERATE\"}}}\n";
        JsonNode p = problem(HttpRequest.POST("/summaries/batch", ndjson).contentType("application/x-ndjson"), 400);
        assertEquals(2, p.get("line").asInt());
        assertEquals("abstract", p.get("field").asText());
        p = problem(HttpRequest.POST("/summaries/batch", paper("ok") + "\nnot json\n").contentType("application/x-ndjson"), 400);
        assertEquals(2, p.get("line").asInt());
        problem(HttpRequest.POST("/summaries/batch", "").contentType("application/x-ndjson"), 400);
        assertEquals(before, llm.received().size(), "a refused batch costs no LLM call");
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new HashSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
