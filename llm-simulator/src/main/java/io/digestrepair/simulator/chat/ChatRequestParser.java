package io.digestrepair.simulator.chat;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an OpenAI chat completion request from its raw body. Read as a tree rather than bound to records
 * because clients send many optional members (tools, stream options, metadata...) the simulator must tolerate,
 * while the few it acts on get precise 400 messages.
 */
public final class ChatRequestParser {

    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool", "function");

    public ChatRequest parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException(
                    "the request body is empty: expected an OpenAI chat completion request as JSON", null);
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
        String model = requiredString(root, "model");
        if (root.path("stream").asBoolean(false)) {
            throw new InvalidRequestException("stream=true is not supported by the simulator; send stream=false", "stream");
        }
        return new ChatRequest(model, messages(root.get("messages")), responseFormat(root.get("response_format")),
                maxTokens(root));
    }

    static String requiredString(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            throw new InvalidRequestException(name + " is required", name);
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            throw new InvalidRequestException(name + " must be a non-empty string", name);
        }
        return node.stringValue();
    }

    static List<ChatMessage> messages(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new InvalidRequestException("messages is required: a non-empty array of {role, content}", "messages");
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new InvalidRequestException("messages must be a non-empty array of {role, content}", "messages");
        }
        List<ChatMessage> messages = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode m = node.get(i);
            String where = "messages[" + i + "]";
            if (!m.isObject()) {
                throw new InvalidRequestException(where + " must be an object with role and content", where);
            }
            JsonNode role = m.get("role");
            if (role == null || !role.isString() || !ROLES.contains(role.stringValue())) {
                throw new InvalidRequestException(where + ".role must be one of " + ROLES, where + ".role");
            }
            messages.add(new ChatMessage(role.stringValue(), content(m.get("content"), where + ".content")));
        }
        return messages;
    }

    /** A string, or an array of parts whose text parts are joined; null is allowed (assistant tool calls). */
    private static String content(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode part : node) {
                JsonNode t = part.get("text");
                if (part.isObject() && t != null && t.isString()) {
                    if (!text.isEmpty()) {
                        text.append('\n');
                    }
                    text.append(t.stringValue());
                }
            }
            return text.toString();
        }
        throw new InvalidRequestException(where + " must be a string or an array of content parts", where);
    }

    private static ResponseFormat responseFormat(JsonNode node) {
        if (node == null || node.isNull()) {
            return ResponseFormat.TEXT;
        }
        JsonNode type = node.get("type");
        if (!node.isObject() || type == null || !type.isString()) {
            throw new InvalidRequestException("response_format must be an object with a type", "response_format");
        }
        return switch (type.stringValue()) {
            case "text" -> ResponseFormat.TEXT;
            case "json_object" -> new ResponseFormat(ResponseFormat.Type.JSON_OBJECT, null, List.of());
            case "json_schema" -> jsonSchema(node.get("json_schema"));
            default -> throw new InvalidRequestException(
                    "response_format.type must be text, json_object or json_schema", "response_format.type");
        };
    }

    private static ResponseFormat jsonSchema(JsonNode spec) {
        if (spec == null || !spec.isObject()) {
            throw new InvalidRequestException("response_format.json_schema is required when type is json_schema",
                    "response_format.json_schema");
        }
        String name = spec.path("name").asString(null);
        JsonNode schema = spec.get("schema");
        if (schema != null && !schema.isNull() && !schema.isObject()) {
            throw new InvalidRequestException("response_format.json_schema.schema must be an object",
                    "response_format.json_schema.schema");
        }
        List<String> fields = new ArrayList<>();
        if (schema != null && schema.isObject()) {
            JsonNode required = schema.get("required");
            if (required != null && required.isArray() && !required.isEmpty()) {
                for (JsonNode r : required) {
                    if (r.isString()) {
                        fields.add(r.stringValue());
                    }
                }
            } else if (schema.path("properties").isObject()) {
                for (Map.Entry<String, JsonNode> p : schema.get("properties").properties()) {
                    fields.add(p.getKey());
                }
            }
        }
        return new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, name, fields);
    }

    private static Integer maxTokens(JsonNode root) {
        for (String name : List.of("max_completion_tokens", "max_tokens")) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                continue;
            }
            if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
                throw new InvalidRequestException(name + " must be a positive integer", name);
            }
            return node.intValue();
        }
        return null;
    }
}
