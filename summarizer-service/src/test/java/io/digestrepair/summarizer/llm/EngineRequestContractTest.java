package io.digestrepair.summarizer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.digestrepair.core.FieldName;
import io.digestrepair.summarizer.config.LlmSettings;
import io.digestrepair.summarizer.config.SummarizerConfig;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exact HTTP request each engine sends, so that an upgrade of LangChain4j that changes the model,
 * temperature, response format or retry behaviour on the wire is caught here and not in production.
 */
class EngineRequestContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SYSTEM = "You repair summaries.";
    private static final String USER = "Repair this paper.\n```json\n{\"title\": \"T\"}\n```";

    private static LlmSettings settings(String provider, String baseUrl, String format) {
        return LlmSettings.from(new SummarizerConfig(provider, provider.equals("openai") ? baseUrl : null, "sk-test",
                provider.equals("ollama") ? baseUrl : null, "test-model", null, "English", "4", "5s", format,
                "0", "0.2", "repair-v1", "5", "30s", null, null));
    }

    private static RepairedFields ask(String provider, ScriptedLlmServer server, String format, EnumSet<FieldName> fields) {
        LlmSettings s = settings(provider, server.baseUrl(), format);
        var model = provider.equals("openai") ? ChatModels.openAi(s, s.modelName(), List.of())
                : ChatModels.ollama(s, s.modelName(), List.of());
        Conversations conversations = new Conversations();
        RepairAssistant assistant = ChatModels.assistant(model, conversations, SYSTEM);
        Conversation c = conversations.open();
        return RepairedFields.of(LenientJson.read(assistant.repair((String) c.id(), USER,
                ResponseSchemas.parameters(fields, s.responseMode() == null ? ResponseMode.JSON_SCHEMA : s.responseMode()))
                .content()).values());
    }

    @Test
    void openAiWithJsonSchemaSendsAStrictSchemaOfTheRequestedFields() throws Exception {
        try (var server = ScriptedLlmServer.openAi().then(ScriptedLlmServer.Reply.ok("{\"tldr\": \"A.\", \"method\": \"B.\"}"))) {
            RepairedFields answer = ask("openai", server, "json_schema", EnumSet.of(FieldName.TLDR, FieldName.METHOD));
            assertEquals("A.", answer.tldr());
            assertEquals("B.", answer.method());

            var req = server.received().getFirst();
            assertEquals("/v1/chat/completions", req.path());
            assertEquals(List.of("Bearer sk-test"), req.headers().get("Authorization"));
            JsonNode expected = JSON.readTree("""
                    {"model": "test-model",
                     "messages": [{"role": "system", "content": "You repair summaries."},
                                  {"role": "user", "content": "Repair this paper.\\n```json\\n{\\"title\\": \\"T\\"}\\n```"}],
                     "temperature": 0.2,
                     "stream": false,
                     "response_format": {"type": "json_schema",
                        "json_schema": {"name": "repaired_fields", "strict": true,
                          "schema": {"type": "object",
                            "properties": {
                              "tldr": {"type": "string", "description": "TL;DR: one sentence, at most 60 words"},
                              "method": {"type": "string", "description": "Method: what the authors propose or do, at most 120 words"}},
                            "required": ["tldr", "method"],
                            "additionalProperties": false}}}}""");
            assertEquals(expected, req.body(), req.body().toPrettyString());
        }
    }

    @Test
    void openAiInJsonObjectModeAsksForJsonOnly() throws Exception {
        try (var server = ScriptedLlmServer.openAi().then(ScriptedLlmServer.Reply.ok("```json\n{\"result\": \"R.\",}\n```"))) {
            RepairedFields answer = ask("openai", server, "json_object", EnumSet.of(FieldName.RESULT));
            assertEquals("R.", answer.result());
            JsonNode body = server.received().getFirst().body();
            assertEquals(JSON.readTree("{\"type\": \"json_object\"}"), body.get("response_format"));
            assertEquals("test-model", body.get("model").asText());
            assertEquals(0.2, body.get("temperature").asDouble());
            assertFalse(body.has("tools"));
        }
    }

    @Test
    void openAiInTextModeSendsNoResponseFormatButTheSchemaInThePromptAndTheTokenLimit() throws Exception {
        try (var server = ScriptedLlmServer.openAi().then(ScriptedLlmServer.Reply.ok("<think>{\"tldr\": \"draft\"}</think>{\"tldr\": \"T.\"}"))) {
            LlmSettings s = settings("openai", server.baseUrl(), "text");
            Conversations conversations = new Conversations();
            RepairAssistant assistant = ChatModels.assistant(ChatModels.openAi(s, s.modelName(), List.of()), conversations, SYSTEM);
            Conversation c = conversations.open();
            EnumSet<FieldName> fields = EnumSet.of(FieldName.TLDR);
            String text = assistant.repair((String) c.id(), USER + ResponseSchemas.instructions(fields, ResponseMode.TEXT),
                    ResponseSchemas.parameters(fields, ResponseMode.TEXT, 4096)).content();
            assertEquals("T.", RepairedFields.of(LenientJson.read(text).values()).tldr(), "the thinking is no answer");
            JsonNode body = server.received().getFirst().body();
            assertFalse(body.has("response_format"), body.toString());
            assertEquals(4096, body.get("max_tokens").asInt(), body.toString());
            String user = server.received().getFirst().lastMessage("user");
            org.junit.jupiter.api.Assertions.assertTrue(user.contains("JSON object") && user.contains("\"tldr\": TL;DR"), user);
        }
    }

    @Test
    void openAiDoesNotRetryByItself() throws Exception {
        try (var server = ScriptedLlmServer.openAi().then(ScriptedLlmServer.Reply.status(503, java.util.Map.of()))) {
            RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> ask("openai", server, "json_schema", EnumSet.of(FieldName.TLDR)));
            assertEquals(503, Failures.status(e));
            assertEquals(1, server.received().size(), "LangChain4j must leave retries to the guard");
        }
    }

    @Test
    void ollamaSendsTheSchemaAsFormatWithoutStreaming() throws Exception {
        try (var server = ScriptedLlmServer.ollama().then(ScriptedLlmServer.Reply.ok("{\"conclusion\": \"C.\"}"))) {
            RepairedFields answer = ask("ollama", server, "json_schema", EnumSet.of(FieldName.CONCLUSION));
            assertEquals("C.", answer.conclusion());
            var req = server.received().getFirst();
            assertEquals("/api/chat", req.path());
            JsonNode body = req.body();
            assertEquals("test-model", body.get("model").asText());
            assertFalse(body.get("stream").asBoolean(true));
            assertEquals(0.2, body.at("/options/temperature").asDouble());
            assertEquals(JSON.readTree("""
                    {"type": "object",
                     "properties": {"conclusion": {"type": "string",
                        "description": "Conclusion: what the work shows or enables, at most 120 words"}},
                     "required": ["conclusion"]}"""), body.get("format"), "LangChain4j's Ollama mapping drops additionalProperties");
            assertEquals("system", body.at("/messages/0/role").asText());
            assertEquals(USER, body.at("/messages/1/content").asText());
        }
    }

    @Test
    void ollamaInJsonModeSendsFormatJson() throws Exception {
        try (var server = ScriptedLlmServer.ollama().then(ScriptedLlmServer.Reply.ok("{\"tldr\": \"T.\"}"))) {
            ask("ollama", server, "json_object", EnumSet.of(FieldName.TLDR));
            assertEquals("json", server.received().getFirst().body().get("format").asText());
            assertTrue(server.received().getFirst().body().has("options"));
        }
    }
}
