package io.digestrepair.simulator;

import io.digestrepair.simulator.chat.Json;
import io.digestrepair.simulator.fault.MalformedVariant;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static io.digestrepair.simulator.Http.content;
import static io.digestrepair.simulator.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class FaultsHttpTest {

    @Inject
    EmbeddedServer server;

    Http http;

    @BeforeEach
    void quiet() {
        http = new Http(server.getURL());
        http.faults(Map.of());
    }

    private HttpResponse<String> ask(int paper) {
        return http.post("/v1/chat/completions", Papers.failedRequest(paper));
    }

    @Test
    void rateLimitIsA429WithRetryAfterAndAnOpenAiErrorBody() {
        http.faults(Map.of("SIM_RATE_429", 1.0, "SIM_RETRY_AFTER_S", 2));
        HttpResponse<String> r = ask(1);
        assertEquals(429, r.statusCode());
        assertEquals("2", r.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(r.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
        assertEquals("rate_limit_exceeded", json(r).at("/error/code").stringValue());
        assertEquals(1, json(http.get("/stats")).at("/outcomes/rateLimited").longValue());
    }

    @Test
    void serverErrorIsA500WithAnOpenAiErrorBody() {
        http.faults(Map.of("SIM_RATE_500", 1.0));
        HttpResponse<String> r = ask(1);
        assertEquals(500, r.statusCode());
        assertEquals("server_error", json(r).at("/error/type").stringValue());
        assertTrue(r.headers().firstValue("Retry-After").isEmpty());
    }

    @ParameterizedTest
    @EnumSource(MalformedVariant.class)
    void eachMalformedVariantIsA200WhoseContentIsNoStrictJson(MalformedVariant variant) {
        http.faults(Map.of("SIM_RATE_MALFORMED", 1.0, "SIM_MALFORMED_VARIANTS", variant.key()));
        HttpResponse<String> r = ask(1);
        assertEquals(200, r.statusCode());
        String content = content(r);
        assertThrows(JacksonException.class, () -> Json.MAPPER.readTree(content), content);
        assertEquals(1, json(http.get("/stats")).at("/malformedVariants/" + variant.key()).longValue());
    }

    @Test
    void malformedAnswersDrawEveryVariantAcrossRequests() {
        http.faults(Map.of("SIM_RATE_MALFORMED", 1.0));
        for (int paper = 0; paper < 60; paper++) {
            assertEquals(200, ask(paper).statusCode());
        }
        JsonNode variants = json(http.get("/stats")).get("malformedVariants");
        for (MalformedVariant v : MalformedVariant.values()) {
            assertTrue(variants.get(v.key()).longValue() > 0, v + " never drawn: " + variants);
        }
        assertEquals(60, json(http.get("/stats")).at("/outcomes/malformed").longValue());
    }

    @Test
    void wrongLanguageAnswersTheRequestedFieldsInChinese() {
        http.faults(Map.of("SIM_RATE_WRONG_LANGUAGE", 1.0));
        JsonNode answer = Json.MAPPER.readTree(content(ask(1)));
        assertEquals(Papers.ALL, List.copyOf(answer.propertyNames()));
        answer.forEach(v -> assertTrue(Checks.hasCjk(v.stringValue()), v.toString()));
    }

    @Test
    void placeholderAnswersTheRequestedFieldsWithAFailureText() {
        http.faults(Map.of("SIM_RATE_PLACEHOLDER", 1.0));
        JsonNode answer = Json.MAPPER.readTree(content(ask(1)));
        assertEquals(Papers.ALL, List.copyOf(answer.propertyNames()));
        answer.properties().forEach(e -> assertTrue(
                Checks.problems(e.getKey(), e.getValue().stringValue()).stream().anyMatch(p -> p.contains("placeholder")),
                e.toString()));
    }

    @Test
    void aTimeoutHangsPastTheClientsReadTimeoutWithoutHoldingUpOtherRequests() throws Exception {
        http.faults(Map.of("SIM_RATE_TIMEOUT", 1.0, "SIM_HANG_MS", 3000));
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> hung = http.postAsync("/v1/chat/completions",
                Papers.failedRequest(1), Duration.ofMillis(400));
        ExecutionException e = assertThrows(ExecutionException.class, hung::get);
        assertInstanceOf(HttpTimeoutException.class, e.getCause());
        assertTrue(millisSince(start) >= 400);

        // a second hang is still pending while a normal request is answered at once
        CompletableFuture<HttpResponse<String>> pending = http.postAsync("/v1/chat/completions",
                Papers.failedRequest(2), Duration.ofSeconds(10));
        Thread.sleep(200);
        http.put("/admin/faults", "{\"SIM_RATE_TIMEOUT\": 0}");
        long quick = System.nanoTime();
        assertEquals(200, ask(3).statusCode());
        assertTrue(millisSince(quick) < 1000, "a normal answer took " + millisSince(quick) + " ms");
        assertTrue(!pending.isDone(), "the hang ended early");

        // the hang ends with a 504 once SIM_HANG_MS has passed
        HttpResponse<String> late = pending.get();
        assertEquals(504, late.statusCode());
        assertEquals("timeout", json(late).at("/error/type").stringValue());
        JsonNode stats = json(http.get("/stats"));
        assertEquals(2, stats.at("/outcomes/timeout").longValue());
    }

    @Test
    void latencyIsAppliedToEachOf64ConcurrentRequestsInParallel() throws Exception {
        http.faults(Map.of("SIM_LATENCY_MS", 1000));
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int paper = 0; paper < 64; paper++) {
            calls.add(http.postAsync("/v1/chat/completions", Papers.failedRequest(paper), Duration.ofSeconds(30)));
        }
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            assertEquals(200, call.get().statusCode());
        }
        long elapsed = millisSince(start);
        assertTrue(elapsed >= 1000, "latency not applied: " + elapsed + " ms");
        // one after another they would take 64 s; in parallel about one latency plus connection set-up
        assertTrue(elapsed < 8000, "64 requests of 1 s took " + elapsed + " ms");
        JsonNode stats = json(http.get("/stats"));
        assertEquals(64, stats.at("/outcomes/ok").longValue());
        assertTrue(stats.get("maxInFlight").intValue() >= 32, "max in flight " + stats.get("maxInFlight"));
        assertEquals(0, stats.get("inFlight").intValue());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
