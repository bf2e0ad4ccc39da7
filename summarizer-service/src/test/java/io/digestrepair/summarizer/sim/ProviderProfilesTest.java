package io.digestrepair.summarizer.sim;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.summarizer.llm.LlmHealth;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real LangChain4j OpenAI and Ollama chat models against the simulator's provider profiles (SIM_PROFILE,
 * SIM_ACCOUNT), through {@code POST /summaries/batch}: the service negotiates what each provider takes, reads
 * reasoning output, and stops calling an account that cannot pay.
 */
class ProviderProfilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<SummaryRequest> PAPERS = CorpusPapers.load(60);

    private final LlmSimulator sim = LlmSimulator.shared();

    /** One batch through a fresh service with these settings, against the simulator with these. */
    record Run(Map<String, JsonNode> answers, long requests, JsonNode info, String metrics) {

        /** Share of the asked fields whose provenance is an LLM. */
        double llmShare() {
            int asked = 0;
            int llm = 0;
            for (JsonNode a : answers.values()) {
                for (var p : a.path("provenance").properties()) {
                    asked++;
                    if (!p.getValue().path("engine").asText().equals("offline")) {
                        llm++;
                    }
                }
            }
            return asked == 0 ? 0 : (double) llm / asked;
        }
    }

    private Run run(Map<String, Object> simulator, Map<String, Object> service, List<SummaryRequest> papers) throws Exception {
        sim.faults(new HashMap<>(simulator));
        sim.reset();
        Map<String, Object> props = new HashMap<>(Map.of("micronaut.server.port", -1, "summarizer.provider", "openai",
                "summarizer.openai-base-url", sim.baseUrl(), "summarizer.max-concurrency", "8",
                "summarizer.timeout", "10s"));
        props.putAll(service);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props);
             HttpClient client = HttpClient.create(server.getURL(), clientConfiguration())) {
            String body = client.toBlocking().retrieve(HttpRequest.POST("/summaries/batch", CorpusPapers.ndjson(papers))
                    .contentType("application/x-ndjson"));
            Map<String, JsonNode> answers = new HashMap<>();
            for (String line : body.strip().split("\n")) {
                JsonNode a = JSON.readTree(line);
                answers.put(a.get("id").asText(), a);
            }
            assertEquals(papers.size(), answers.size(), body);
            List<String> problems = new ArrayList<>();
            for (SummaryRequest p : papers) {
                AnswerValidity.problems(p, answers.get(p.id()), false).forEach(x -> problems.add(p.id() + ": " + x));
            }
            assertEquals(List.of(), problems);
            JsonNode info = JSON.readTree(client.toBlocking().retrieve("/summaries/info"));
            String metrics = server.getApplicationContext().getBean(PrometheusMeterRegistry.class).scrape();
            return new Run(answers, sim.stats().get("requests").asLong(), info, metrics);
        } finally {
            sim.faults(Map.of());
        }
    }

    private static io.micronaut.http.client.HttpClientConfiguration clientConfiguration() {
        var c = new io.micronaut.http.client.DefaultHttpClientConfiguration();
        c.setReadTimeout(java.time.Duration.ofMinutes(3));
        return c;
    }

    private static void assertFewCalls(Run r, double perPaper) {
        double ratio = (double) r.requests() / r.answers().size();
        assertTrue(ratio <= perPaper, r.requests() + " requests for " + r.answers().size() + " papers: " + ratio);
    }

    @Test
    void deepSeekWithTheReadmesSettingsIsAnsweredByTheLlmAfterOneRefusedFormat() throws Exception {
        // the README's DeepSeek block, with the base URL pointed at the simulator
        Run r = run(Map.of("SIM_PROFILE", "deepseek"), Map.of("summarizer.model-name", "deepseek-chat",
                "summarizer.openai-api-key", "sk-test"), PAPERS);
        assertTrue(r.llmShare() >= 0.99, "share of fields written by the LLM: " + r.llmShare());
        assertFewCalls(r, 1.05);
        JsonNode negotiated = r.info().path("negotiated").path(0);
        assertEquals("json_object", negotiated.path("responseFormat").asText(), r.info().toString());
        assertTrue(negotiated.path("confirmed").asBoolean());
        assertTrue(negotiated.path("refused").path(0).asText().startsWith("json_schema: response format refused (HTTP 400"),
                r.info().toString());
        assertEquals("ok", r.info().path("llm").path("state").asText());
        // what DeepSeek's answers cost, cache hits included
        JsonNode usage = r.answers().get(PAPERS.getFirst().id()).path("usage");
        assertTrue(usage.path("promptTokens").asLong() > 0 && usage.path("cachedTokens").asLong() > 0, usage.toString());
    }

    @Test
    void deepSeekReasonerIsAskedInPlainTextAndItsReasoningContentIsNeverTheAnswer() throws Exception {
        Run r = run(Map.of("SIM_PROFILE", "deepseek"), Map.of("summarizer.model-name", "deepseek-reasoner"),
                PAPERS.subList(0, 20));
        assertTrue(r.llmShare() >= 0.99, "share of fields written by the LLM: " + r.llmShare());
        assertEquals("text", r.info().path("negotiated").path(0).path("responseFormat").asText(), r.info().toString());
        for (JsonNode a : r.answers().values()) {
            a.path("fields").forEach(f -> assertFalse(f.asText().contains("the user wants"), f.asText()));
        }
    }

    @Test
    void aLocalReasoningModelsThinkingIsSkippedAndACutOffAnswerRaisesTheTokenLimit() throws Exception {
        Run r = run(Map.of("SIM_PROFILE", "reasoning", "SIM_RATE_LONG_THINKING", 0.2), Map.of("summarizer.model-name",
                "qwen3:8b"), PAPERS);
        assertTrue(r.llmShare() >= 0.99, "share of fields written by the LLM: " + r.llmShare());
        assertFewCalls(r, 1.05);
        JsonNode negotiated = r.info().path("negotiated").path(0);
        assertEquals("json_schema", negotiated.path("responseFormat").asText());
        assertEquals(4096, negotiated.path("maxTokens").asInt(), "a thinking model gets room to think: " + negotiated);
        for (JsonNode a : r.answers().values()) {
            a.path("fields").forEach(f -> assertFalse(f.asText().contains("think>") || f.asText().contains("the user wants"),
                    f.asText()));
        }
    }

    @Test
    void anAnswerCutOffAtTheTokenLimitIsAskedAgainWithALargerOne() throws Exception {
        // every answer thinks past the server's limit: the first is cut off, then the limit is raised for all
        Run r = run(Map.of("SIM_PROFILE", "reasoning", "SIM_RATE_LONG_THINKING", 1), Map.of("summarizer.model-name",
                "qwen3:8b"), PAPERS.subList(0, 10));
        assertTrue(r.llmShare() >= 0.99, "share of fields written by the LLM: " + r.llmShare());
        assertEquals(11, r.requests(), "one corrective retry, for the first paper only");
        long cutOff = r.answers().values().stream().filter(a -> a.toString().contains("cut off at the token limit")).count();
        assertEquals(1, cutOff);
        assertEquals(4096, r.info().path("negotiated").path(0).path("maxTokens").asInt());
    }

    @Test
    void ollamasNativeApiGetsTheSchemaAsItsFormat() throws Exception {
        Run r = run(Map.of("SIM_PROFILE", "ollama"), Map.of("summarizer.provider", "ollama",
                "summarizer.ollama-base-url", sim.root(), "summarizer.model-name", "qwen2.5:7b"), PAPERS.subList(0, 20));
        assertTrue(r.llmShare() >= 0.99, "share of fields written by the LLM: " + r.llmShare());
        assertFewCalls(r, 1.0);
        assertEquals("json_schema", r.info().path("negotiated").path(0).path("responseFormat").asText());
    }

    @Test
    void openAiKeepsItsStrictSchemaAndAForcedFormatIsNeverNegotiated() throws Exception {
        Run r = run(Map.of("SIM_PROFILE", "openai"), Map.of("summarizer.model-name", "gpt-4o-mini"), PAPERS.subList(0, 20));
        assertFewCalls(r, 1.0);
        assertEquals("json_schema", r.info().path("negotiated").path(0).path("responseFormat").asText());

        // LLM_RESPONSE_FORMAT=json_schema against DeepSeek: refused, and no other format is tried
        Run forced = run(Map.of("SIM_PROFILE", "deepseek"), Map.of("summarizer.model-name", "deepseek-chat",
                "summarizer.response-format", "json_schema"), PAPERS.subList(0, 12));
        assertEquals(0, sim.stats().path("outcomes").path("ok").asLong());
        assertEquals("stopped", forced.info().path("llm").path("state").asText(), forced.info().toString());
        assertTrue(forced.info().path("negotiated").path(0).path("forced").asBoolean());
    }

    @ParameterizedTest
    @CsvSource({
            "openai, no_balance, no_balance, 429",
            "openai, bad_key, bad_key, 401",
            "openai, unknown_model, unknown_model, 404",
            "deepseek, no_balance, no_balance, 402",
            "deepseek, bad_key, bad_key, 401",
            "deepseek, unknown_model, unknown_model, 400",
    })
    void anAccountErrorStopsTheCallsAtOnceAndSaysWhy(String profile, String account, String cause, int status)
            throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(LlmHealth.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        int concurrency = 4;
        try {
            Run r = run(Map.of("SIM_PROFILE", profile, "SIM_ACCOUNT", account, "SIM_LATENCY_MS", 50),
                    Map.of("summarizer.model-name", "main-model", "summarizer.fallback-model-name", "fallback-model",
                            "summarizer.max-concurrency", Integer.toString(concurrency)), PAPERS.subList(0, 24));
            // every paper is still repaired, by the offline engine
            assertEquals(0.0, r.llmShare());
            assertTrue(r.requests() <= concurrency + 1, r.requests() + " calls spent discovering " + account);
            JsonNode llm = r.info().path("llm");
            assertEquals("stopped", llm.path("state").asText(), r.info().toString());
            assertTrue(llm.path("reason").asText().contains("HTTP " + status), llm.toString());
            for (JsonNode a : r.answers().values()) {
                assertEquals("stopped", a.path("llm").path("state").asText(), a.toString());
            }
            Matcher stops = Pattern.compile("summarizer_llm_stops_total\\{cause=\"" + cause + "\"[^}]*} ([0-9.]+)")
                    .matcher(r.metrics());
            assertTrue(stops.find(), r.metrics());
            long warnings = logs.list.stream().filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN).count();
            // an account error stops both models at once; an unknown model is found for each model once
            assertEquals(cause.equals("unknown_model") ? 2 : 1, warnings, logs.list.toString());
        } finally {
            logger.detachAppender(logs);
        }
    }
}
