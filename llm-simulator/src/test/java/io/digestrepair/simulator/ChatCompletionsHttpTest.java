package io.digestrepair.simulator;

import io.digestrepair.simulator.Requests.F;
import io.digestrepair.simulator.chat.Json;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.digestrepair.simulator.Http.content;
import static io.digestrepair.simulator.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class ChatCompletionsHttpTest {

    @Inject
    EmbeddedServer server;

    Http http;

    @BeforeEach
    void quiet() {
        http = new Http(server.getURL());
        http.faults(Map.of());
    }

    private static List<String> keys(JsonNode node) {
        return List.copyOf(node.propertyNames());
    }

    @Test
    void generateWithJsonSchemaAnswersExactlyTheRequiredFieldsFromTheAbstract() {
        List<String> required = List.of("tldr", "motivation", "result");
        String body = Requests.jsonSchema(Requests.paper(Papers.TITLE, Papers.ABSTRACT, Papers.failed()), required);
        HttpResponse<String> r = http.post("/v1/chat/completions", body);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
        JsonNode completion = json(r);
        assertEquals("chat.completion", completion.get("object").stringValue());
        assertEquals("gpt-4o-mini", completion.get("model").stringValue());
        assertTrue(completion.get("id").stringValue().startsWith("chatcmpl-"));
        assertEquals("assistant", completion.at("/choices/0/message/role").stringValue());
        assertEquals("stop", completion.at("/choices/0/finish_reason").stringValue());

        JsonNode fields = json(r).at("/choices/0/message/content");
        JsonNode answer = Json.MAPPER.readTree(fields.stringValue());
        assertEquals(required, keys(answer));
        for (String name : required) {
            String text = answer.get(name).stringValue();
            assertEquals(List.of(), Checks.problems(name, text), name);
            assertEquals(List.of(), Checks.numbersNotIn(text, Papers.ABSTRACT), name);
        }

        JsonNode usage = completion.get("usage");
        int promptChars = 0;
        for (JsonNode m : Json.MAPPER.readTree(body).get("messages")) {
            promptChars += m.get("content").stringValue().length();
        }
        assertEquals(promptChars / 4.0, usage.get("prompt_tokens").intValue(), 1.0);
        assertEquals(content(r).length() / 4.0, usage.get("completion_tokens").intValue(), 1.0);
        assertEquals(usage.get("prompt_tokens").intValue() + usage.get("completion_tokens").intValue(),
                usage.get("total_tokens").intValue());
    }

    @Test
    void translateCarriesEveryNumberAndLatinTermOfTheChineseSource() {
        Map<String, F> fields = new LinkedHashMap<>();
        fields.put("tldr", new F(Papers.CHINESE_TLDR, "TRANSLATE"));
        fields.put("motivation", new F("档案馆需要以较低成本对大量页面（超过48,000页）进行分类。", "TRANSLATE"));
        HttpResponse<String> r = http.post("/v1/chat/completions",
                Requests.jsonSchema(Requests.paper(Papers.TITLE, Papers.ABSTRACT, fields), List.of("tldr", "motivation")));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode answer = Json.MAPPER.readTree(content(r));
        String tldr = answer.get("tldr").stringValue();
        assertEquals(List.of(), Checks.problems("tldr", tldr));
        assertEquals(List.of(), Checks.notCarried(Papers.CHINESE_TLDR, tldr), tldr);
        for (String token : List.of("PageNet", "RegNetY-16GF", "48,000", "99.16%", "GPT-4o", "3.5")) {
            assertTrue(tldr.contains(token), token + " missing from " + tldr);
        }
        assertTrue(answer.get("motivation").stringValue().contains("48,000"), answer.toString());
    }

    @Test
    void jsonObjectModeAnswersTheFieldsToTranslateOrGenerateAndNotTheKeptOnes() {
        Map<String, F> fields = new LinkedHashMap<>();
        fields.put("tldr", new F(Papers.CHINESE_TLDR, "TRANSLATE"));
        fields.put("motivation", new F("Archives need cheap classification.", "KEEP"));
        fields.put("method", new F("N/A", "GENERATE"));
        fields.put("result", new F("Results are strong.", "KEEP"));
        HttpResponse<String> r = http.post("/v1/chat/completions",
                Requests.jsonObject(Requests.paper(Papers.TITLE, Papers.ABSTRACT, fields)));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode answer = Json.MAPPER.readTree(content(r));
        assertEquals(List.of("tldr", "method"), keys(answer));
        assertEquals(List.of(), Checks.problems("method", answer.get("method").stringValue()));
    }

    @Test
    void aCorrectiveRetryWithTheEarlierAnswerStillFindsThePaper() {
        var request = (ObjectNode) Json.MAPPER.readTree(
                Papers.failedRequest(1));
        var messages = (ArrayNode) request.get("messages");
        messages.addObject().put("role", "assistant").put("content", "{\"tldr\": \"N/A\"}");
        messages.addObject().put("role", "user").put("content", "Your answer could not be used:\n- tldr is a "
                + "placeholder\n\nAnswer again with one JSON object whose keys are exactly: tldr, motivation.");
        HttpResponse<String> r = http.post("/v1/chat/completions", request.toString());
        JsonNode answer = Json.MAPPER.readTree(content(r));
        assertEquals(Papers.ALL, keys(answer));
        assertTrue(answer.get("tldr").stringValue().startsWith("We propose PageNet"), answer.toString());
    }

    @Test
    void theSameRequestAndSeedGiveTheSameAnswerAndTheSameFaults() {
        http.faults(Map.of("SIM_RATE_MALFORMED", 0.3, "SIM_RATE_429", 0.2, "SIM_SEED", 9));
        List<String> first = run();
        http.post("/admin/reset", "");
        assertEquals(first, run());
        http.faults(Map.of("SIM_RATE_MALFORMED", 0.3, "SIM_RATE_429", 0.2, "SIM_SEED", 10));
        assertNotEquals(first, run());
    }

    /** Three papers, each sent four times: status, body (without its clock-dependent created) for each. */
    private List<String> run() {
        List<String> seen = new ArrayList<>();
        for (int paper = 0; paper < 3; paper++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                HttpResponse<String> r = http.post("/v1/chat/completions", Papers.failedRequest(paper));
                seen.add(r.statusCode() + " " + r.body().replaceAll("\"created\":\\d+", ""));
            }
        }
        return seen;
    }

    @Test
    void maxTokensCutsTheAnswerAndSaysSo() {
        var request = (ObjectNode) Json.MAPPER.readTree(
                Papers.failedRequest(2));
        request.put("max_tokens", 10);
        HttpResponse<String> r = http.post("/v1/chat/completions", request.toString());
        assertEquals("length", json(r).at("/choices/0/finish_reason").stringValue());
        assertEquals(10, json(r).at("/usage/completion_tokens").intValue());
        assertEquals(40, content(r).length());
    }

    @Test
    void statsCountRequestsOutcomesAndTokens() {
        int prompt = 0;
        int completion = 0;
        for (int i = 0; i < 3; i++) {
            JsonNode usage = json(http.post("/v1/chat/completions", Papers.failedRequest(i))).get("usage");
            prompt += usage.get("prompt_tokens").intValue();
            completion += usage.get("completion_tokens").intValue();
        }
        http.post("/v1/chat/completions", "{not json");
        http.faults(Map.of("SIM_RATE_429", 1));
        http.post("/v1/chat/completions", Papers.failedRequest(0));
        http.post("/v1/chat/completions", Papers.failedRequest(1));
        JsonNode rateLimited = json(http.get("/stats"));
        assertEquals(2, rateLimited.get("requests").longValue());
        assertEquals(2, rateLimited.at("/outcomes/rateLimited").longValue());
        assertEquals(0, rateLimited.get("promptTokens").longValue());

        http.faults(Map.of());
        for (int i = 0; i < 3; i++) {
            http.post("/v1/chat/completions", Papers.failedRequest(i));
        }
        http.post("/v1/chat/completions", "{not json");
        JsonNode stats = json(http.get("/stats"));
        assertEquals(4, stats.get("requests").longValue());
        assertEquals(1, stats.get("badRequests").longValue());
        assertEquals(3, stats.at("/outcomes/ok").longValue());
        assertEquals(0, stats.at("/outcomes/malformed").longValue());
        assertEquals(prompt, stats.get("promptTokens").longValue());
        assertEquals(completion, stats.get("completionTokens").longValue());
        assertEquals(prompt + completion, stats.get("totalTokens").longValue());
        assertEquals(0, stats.get("inFlight").intValue());
        assertTrue(stats.get("maxInFlight").intValue() >= 1);
    }

    @Test
    void modelsListsTheConfiguredModels() {
        JsonNode models = json(http.get("/v1/models"));
        assertEquals("list", models.get("object").stringValue());
        assertEquals("model", models.at("/data/0/object").stringValue());
        http.faults(Map.of("SIM_MODELS", "gpt-4o-mini,deepseek-chat"));
        JsonNode two = json(http.get("/v1/models")).get("data");
        assertEquals(List.of("gpt-4o-mini", "deepseek-chat"), List.of(two.get(0).get("id").stringValue(),
                two.get(1).get("id").stringValue()));
    }

    @Test
    void healthIsUp() {
        HttpResponse<String> r = http.get("/health");
        assertEquals(200, r.statusCode());
        assertEquals("UP", json(r).get("status").stringValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON                 | {not json                                                     | ",
            "empty body               |                                                               | ",
            "an array                 | [1, 2]                                                        | ",
            "missing model            | {\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}   | model",
            "missing messages         | {\"model\": \"m\"}                                            | messages",
            "empty messages           | {\"model\": \"m\", \"messages\": []}                          | messages",
            "unknown role             | {\"model\": \"m\", \"messages\": [{\"role\": \"boss\", \"content\": \"x\"}]} | messages[0].role",
            "content a number         | {\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": 5}]} | messages[0].content",
            "streaming                | {\"model\": \"m\", \"stream\": true, \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]} | stream",
            "unknown response format  | {\"model\": \"m\", \"response_format\": {\"type\": \"xml\"}, \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]} | response_format.type",
            "negative max_tokens      | {\"model\": \"m\", \"max_tokens\": -1, \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]} | max_tokens"})
    void badInputIsA400Problem(String what, String body, String field) {
        HttpResponse<String> r = http.post("/v1/chat/completions", body == null ? "" : body);
        assertEquals(400, r.statusCode(), what + ": " + r.body());
        assertEquals("application/problem+json", r.headers().firstValue("content-type").orElseThrow());
        JsonNode problem = json(r);
        assertEquals(400, problem.get("status").intValue());
        assertTrue(problem.get("detail").stringValue().length() > 10, r.body());
        if (field != null) {
            assertEquals(field, problem.get("field").stringValue(), r.body());
        }
    }

    @Test
    void badAdminSettingsAreA400ProblemNamingTheSetting() {
        HttpResponse<String> r = http.put("/admin/faults", "{\"SIM_RATE_500\": 2}");
        assertEquals(400, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("content-type").orElseThrow());
        assertEquals("SIM_RATE_500", json(r).get("field").stringValue());
        assertEquals(400, http.put("/admin/faults", "{\"SIM_RATE_5OO\": 0.1}").statusCode());
        assertEquals(400, http.put("/admin/faults", "[]").statusCode());
        assertEquals(0.0, json(http.get("/admin/faults")).get("SIM_RATE_500").doubleValue());
    }
}
