package io.digestrepair.simulator;

import io.digestrepair.simulator.chat.Json;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static io.digestrepair.simulator.Http.content;
import static io.digestrepair.simulator.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SIM_PROFILE and SIM_ACCOUNT: each provider's documented refusals and answer shapes (see ProviderRules). */
@MicronautTest
class ProfilesHttpTest {

    @Inject
    EmbeddedServer server;

    Http http;

    @BeforeEach
    void quiet() {
        http = new Http(server.getURL());
        http.faults(Map.of());
    }

    private static ObjectNode paper() {
        return Requests.paper(Papers.TITLE, Papers.ABSTRACT, Papers.failed());
    }

    private static String model(String body, String model) {
        ObjectNode request = (ObjectNode) Json.MAPPER.readTree(body);
        request.put("model", model);
        return request.toString();
    }

    /** The same request with no message naming JSON. */
    private static String withoutJsonWord(String body) {
        ObjectNode request = (ObjectNode) Json.MAPPER.readTree(body);
        for (JsonNode m : request.get("messages")) {
            ((ObjectNode) m).put("content", m.get("content").stringValue().replace("```json", "```")
                    .replace("JSON", "object").replace("json", "object"));
        }
        return request.toString();
    }

    private static String text(String body) {
        ObjectNode request = (ObjectNode) Json.MAPPER.readTree(body);
        request.remove("response_format");
        return request.toString();
    }

    private static void assertError(HttpResponse<String> r, int status, String message, String code) {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode error = json(r).get("error");
        assertEquals(message, error.get("message").stringValue());
        if (code != null) {
            assertEquals(code, error.get("code").stringValue());
        }
    }

    @Test
    void deepseekRefusesJsonSchemaAndJsonObjectWithoutTheWordJson() {
        http.faults(Map.of("SIM_PROFILE", "deepseek"));
        String schema = Requests.jsonSchema(paper(), List.of("tldr"));
        assertError(http.post("/v1/chat/completions", schema), 400, "This response_format type is unavailable now",
                "invalid_request_error");
        assertError(http.post("/v1/chat/completions", withoutJsonWord(Requests.jsonObject(paper()))), 400,
                "Prompt must contain the word 'json' in some form to use 'response_format' of type 'json_object'", null);

        HttpResponse<String> ok = http.post("/v1/chat/completions", Requests.jsonObject(paper()));
        assertEquals(200, ok.statusCode(), ok.body());
        JsonNode answer = Json.MAPPER.readTree(content(ok));
        assertTrue(answer.has("tldr"), ok.body());
        JsonNode usage = json(ok).get("usage");
        int hit = usage.get("prompt_cache_hit_tokens").intValue();
        assertEquals(usage.get("prompt_tokens").intValue(), hit + usage.get("prompt_cache_miss_tokens").intValue());
        assertEquals(0, hit % 64);
        assertEquals(1, json(http.get("/stats")).at("/outcomes/ok").intValue());
        assertEquals(2, json(http.get("/stats")).at("/outcomes/refused").intValue());
    }

    @Test
    void deepseekReasonerRefusesJsonOutputAndAnswersWithReasoningContentBesideTheContent() {
        http.faults(Map.of("SIM_PROFILE", "deepseek"));
        String json = model(Requests.jsonObject(paper()), "deepseek-reasoner");
        assertError(http.post("/v1/chat/completions", json), 400, "deepseek-reasoner does not support Json Output.", null);

        HttpResponse<String> r = http.post("/v1/chat/completions", text(json));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode message = json(r).at("/choices/0/message");
        assertFalse(message.get("reasoning_content").stringValue().isBlank());
        JsonNode answer = Json.MAPPER.readTree(message.get("content").stringValue());
        for (String field : Papers.failed().keySet()) {
            assertEquals(List.of(), Checks.problems(field, answer.get(field).stringValue()), field);
        }
    }

    @Test
    void eachAccountStateAnswersTheProvidersDocumentedError() {
        String body = Requests.jsonObject(paper());
        http.faults(Map.of("SIM_PROFILE", "deepseek", "SIM_ACCOUNT", "no_balance"));
        assertError(http.post("/v1/chat/completions", body), 402, "Insufficient Balance", null);
        http.faults(Map.of("SIM_PROFILE", "deepseek", "SIM_ACCOUNT", "bad_key"));
        HttpResponse<String> badKey = http.post("/v1/chat/completions", body);
        assertEquals(401, badKey.statusCode());
        assertTrue(json(badKey).at("/error/message").stringValue().startsWith("Authentication Fails"));
        http.faults(Map.of("SIM_PROFILE", "deepseek", "SIM_ACCOUNT", "unknown_model"));
        assertError(http.post("/v1/chat/completions", body), 400, "Model Not Exist", null);

        http.faults(Map.of("SIM_PROFILE", "openai", "SIM_ACCOUNT", "no_balance"));
        HttpResponse<String> quota = http.post("/v1/chat/completions", body);
        assertEquals(429, quota.statusCode());
        assertEquals("insufficient_quota", json(quota).at("/error/code").stringValue());
        assertTrue(quota.headers().firstValue("Retry-After").isEmpty(), "an exhausted quota is no rate limit");
        http.faults(Map.of("SIM_PROFILE", "openai", "SIM_ACCOUNT", "bad_key"));
        assertEquals("invalid_api_key", json(http.post("/v1/chat/completions", body)).at("/error/code").stringValue());
        http.faults(Map.of("SIM_PROFILE", "openai", "SIM_ACCOUNT", "unknown_model"));
        HttpResponse<String> model = http.post("/v1/chat/completions", body);
        assertEquals(404, model.statusCode());
        assertEquals("model_not_found", json(model).at("/error/code").stringValue());

        // a rate limit, unlike the quota, says when to come back
        http.faults(Map.of("SIM_PROFILE", "openai", "SIM_RATE_429", 1));
        HttpResponse<String> limited = http.post("/v1/chat/completions", body);
        assertEquals(429, limited.statusCode());
        assertEquals("1", limited.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void anAccountStateTheProviderDoesNotDocumentIsRefusedByName() {
        HttpResponse<String> r = http.put("/admin/faults", "{\"SIM_PROFILE\": \"ollama\", \"SIM_ACCOUNT\": \"no_balance\"}");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SIM_ACCOUNT"), r.body());
    }

    @Test
    void ollamaNativeChatTakesASchemaOrJsonAndSaysWhenAModelIsNotPulled() {
        http.faults(Map.of("SIM_PROFILE", "ollama"));
        ObjectNode request = Json.MAPPER.createObjectNode();
        request.put("model", "qwen2.5:7b");
        request.put("stream", false);
        request.set("messages", Json.MAPPER.readTree(Requests.jsonObject(paper())).get("messages"));
        ObjectNode format = request.putObject("format");
        format.put("type", "object");
        format.putObject("properties").putObject("method").put("type", "string");
        format.putArray("required").add("method");
        request.putObject("options").put("temperature", 0.2);

        HttpResponse<String> r = http.post("/api/chat", request.toString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertTrue(body.get("done").booleanValue());
        assertEquals("stop", body.get("done_reason").stringValue());
        assertTrue(body.get("eval_count").intValue() > 0);
        JsonNode answer = Json.MAPPER.readTree(body.at("/message/content").stringValue());
        assertEquals(List.of("method"), List.copyOf(answer.propertyNames()));

        request.put("format", "json");
        assertEquals(200, http.post("/api/chat", request.toString()).statusCode());

        http.faults(Map.of("SIM_PROFILE", "ollama", "SIM_ACCOUNT", "unknown_model"));
        HttpResponse<String> missing = http.post("/api/chat", request.toString());
        assertEquals(404, missing.statusCode());
        assertEquals("model 'qwen2.5:7b' not found, try pulling it first", json(missing).get("error").stringValue());

        http.faults(Map.of("SIM_PROFILE", "openai"));
        assertEquals(404, http.post("/api/chat", request.toString()).statusCode(), "only an Ollama has /api/chat");
    }

    @Test
    void reasoningModelsThinkInTheContentAndLongThinkingRunsIntoTheServersLimit() {
        http.faults(Map.of("SIM_PROFILE", "reasoning", "SIM_RATE_LONG_THINKING", 0));
        HttpResponse<String> r = http.post("/v1/chat/completions", Requests.jsonSchema(paper(), List.of("tldr")));
        assertEquals(200, r.statusCode(), r.body());
        String content = content(r);
        int end = content.indexOf("</think>");
        assertTrue(end > 0, content);
        assertTrue(content.substring(0, end).contains("{"), "the thinking quotes a draft with braces");
        JsonNode answer = Json.MAPPER.readTree(content.substring(end + "</think>".length()));
        assertEquals(List.of(), Checks.problems("tldr", answer.get("tldr").stringValue()));
        assertEquals("stop", json(r).at("/choices/0/finish_reason").stringValue());

        http.faults(Map.of("SIM_PROFILE", "reasoning", "SIM_RATE_LONG_THINKING", 1, "SIM_DEFAULT_MAX_TOKENS", 1024));
        String body = Requests.jsonSchema(paper(), List.of("tldr"));
        HttpResponse<String> cut = http.post("/v1/chat/completions", body);
        assertEquals("length", json(cut).at("/choices/0/finish_reason").stringValue());
        assertEquals(1024, json(cut).at("/usage/completion_tokens").intValue());
        ObjectNode larger = (ObjectNode) Json.MAPPER.readTree(body);
        larger.put("max_tokens", 4096);
        HttpResponse<String> whole = http.post("/v1/chat/completions", larger.toString());
        assertEquals("stop", json(whole).at("/choices/0/finish_reason").stringValue());
        assertNull(json(whole).at("/choices/0/message").get("reasoning_content"));
    }
}
