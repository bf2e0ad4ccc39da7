package io.digestrepair.simulator;

import io.digestrepair.simulator.chat.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/** Chat requests shaped as the summarizer sends them through LangChain4j. */
public final class Requests {

    /** A field of the paper: its text and action. */
    public record F(String text, String action) {
    }

    private Requests() {
    }

    /** The paper object the summarizer embeds in its user message. */
    public static ObjectNode paper(String title, String abstractText, Map<String, F> fields) {
        ObjectNode paper = Json.MAPPER.createObjectNode();
        paper.put("title", title);
        paper.put("abstract", abstractText);
        paper.put("targetLanguage", "en");
        ObjectNode f = paper.putObject("fields");
        fields.forEach((name, field) -> f.putObject(name).put("text", field.text()).put("action", field.action()));
        return paper;
    }

    /** A json_schema request whose schema requires exactly the given fields. */
    public static String jsonSchema(ObjectNode paper, List<String> required) {
        ObjectNode request = base(paper);
        ObjectNode format = request.putObject("response_format");
        format.put("type", "json_schema");
        ObjectNode spec = format.putObject("json_schema");
        spec.put("name", "repaired_fields");
        spec.put("strict", true);
        ObjectNode schema = spec.putObject("schema");
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode req = schema.putArray("required");
        for (String name : required) {
            properties.putObject(name).put("type", "string");
            req.add(name);
        }
        schema.put("additionalProperties", false);
        return Json.MAPPER.writeValueAsString(request);
    }

    public static String jsonObject(ObjectNode paper) {
        ObjectNode request = base(paper);
        request.putObject("response_format").put("type", "json_object");
        return Json.MAPPER.writeValueAsString(request);
    }

    private static ObjectNode base(ObjectNode paper) {
        ObjectNode request = Json.MAPPER.createObjectNode();
        request.put("model", "gpt-4o-mini");
        request.put("temperature", 0.2);
        request.put("stream", false);
        ArrayNode messages = request.putArray("messages");
        messages.addObject().put("role", "system").put("content",
                "You repair the fields of arXiv digest entries. Answer in English with one JSON object.");
        messages.addObject().put("role", "user").put("content",
                "Repair the fields whose action is TRANSLATE or GENERATE.\n\n```json\n"
                        + Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(paper)
                        + "\n```\nKeep every number and model name.");
        return request;
    }
}
