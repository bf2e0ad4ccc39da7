package io.digestrepair.simulator.chat;

import io.digestrepair.core.Action;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the paper in a chat request: the first user message holding a JSON object with a {@code fields} member.
 * Prompts put that object anywhere (inside a code fence, after instructions), so every {@code {} is tried as
 * the start of an object; the first that parses and has {@code fields} wins.
 */
public final class PaperLocator {

    /** Reads one value and ignores what follows it (prose, a closing fence). */
    private static final ObjectReader FIRST_VALUE = Json.MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public Optional<Paper> locate(ChatRequest request) {
        for (ChatMessage message : request.messages()) {
            if (message.isUser()) {
                Optional<Paper> paper = find(message.content());
                if (paper.isPresent()) {
                    return paper;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Paper> find(String text) {
        char[] chars = text.toCharArray();
        for (int i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
            JsonNode node = objectAt(chars, i);
            if (node != null && node.path("fields").isObject()) {
                return Optional.of(toPaper(node));
            }
        }
        return Optional.empty();
    }

    /** The JSON object starting at {@code start}, whatever follows it; null when none starts there. */
    private static JsonNode objectAt(char[] chars, int start) {
        try (JsonParser parser = FIRST_VALUE.createParser(chars, start, chars.length - start)) {
            JsonNode node = FIRST_VALUE.readValue(parser);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Paper toPaper(JsonNode node) {
        Map<String, Paper.Ask> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : node.get("fields").properties()) {
            JsonNode v = f.getValue();
            if (v.isString()) {
                fields.put(f.getKey(), new Paper.Ask(v.stringValue(), Action.KEEP));
            } else if (v.isObject()) {
                fields.put(f.getKey(), new Paper.Ask(text(v.get("text")), action(v.get("action"))));
            }
        }
        return new Paper(text(node.get("title")), text(node.get("abstract")), text(node.get("targetLanguage")), fields);
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : "";
    }

    /** A missing or unknown action is context, as KEEP is: answering it would be guessing. */
    private static Action action(JsonNode node) {
        if (node == null || !node.isString()) {
            return Action.KEEP;
        }
        try {
            return Action.valueOf(node.stringValue().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Action.KEEP;
        }
    }
}
