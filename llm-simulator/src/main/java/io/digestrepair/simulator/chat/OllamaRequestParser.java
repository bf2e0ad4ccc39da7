package io.digestrepair.simulator.chat;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an Ollama native chat request ({@code POST /api/chat}, https://github.com/ollama/ollama/blob/main/docs/api.md):
 * {@code format} is {@code "json"} or a JSON schema, the token limit is {@code options.num_predict}.
 */
public final class OllamaRequestParser {

    public ChatRequest parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("the request body is empty: expected an Ollama chat request as JSON", null);
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidRequestException("the request body is not valid JSON: " + e.getOriginalMessage(), null);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidRequestException("the request body must be a JSON object", null);
        }
        String model = ChatRequestParser.requiredString(root, "model");
        if (root.path("stream").asBoolean(true)) {
            // Ollama streams unless told not to
            throw new InvalidRequestException("stream must be false: the simulator does not stream", "stream");
        }
        return new ChatRequest(model, ChatRequestParser.messages(root.get("messages")), format(root.get("format")),
                numPredict(root.path("options").get("num_predict")));
    }

    private static ResponseFormat format(JsonNode node) {
        if (node == null || node.isNull() || (node.isString() && node.stringValue().isEmpty())) {
            return ResponseFormat.TEXT;
        }
        if (node.isString()) {
            if (!node.stringValue().equals("json")) {
                throw new InvalidRequestException("format must be \"json\" or a JSON schema", "format");
            }
            return new ResponseFormat(ResponseFormat.Type.JSON_OBJECT, null, List.of());
        }
        if (!node.isObject()) {
            throw new InvalidRequestException("format must be \"json\" or a JSON schema", "format");
        }
        List<String> fields = new ArrayList<>();
        JsonNode required = node.get("required");
        if (required != null && required.isArray()) {
            required.forEach(r -> {
                if (r.isString()) {
                    fields.add(r.stringValue());
                }
            });
        }
        return new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, null, fields);
    }

    private static Integer numPredict(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            throw new InvalidRequestException("options.num_predict must be an integer", "options.num_predict");
        }
        // -1 is Ollama's "no limit"
        return node.intValue() < 1 ? null : node.intValue();
    }
}
