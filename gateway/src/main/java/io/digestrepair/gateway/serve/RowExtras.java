package io.digestrepair.gateway.serve;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the pipeline's JSON Lines rows carry beyond the parser's paper: every category (the
 * parser keeps the main one), the {@code abs}/{@code pdf} links and {@code code_url}. Read from
 * the digest's own bytes, by line, so the wire contract of the parser stays as it is.
 */
public final class RowExtras {

    public record Row(List<String> categories, @Nullable String abs, @Nullable String pdf, @Nullable String codeUrl) {
    }

    private RowExtras() {
    }

    /** Rows by 1-based line number; a line that is not a JSON object is left out. */
    public static Map<Integer, Row> of(byte[] jsonl, JsonMapper json) {
        Map<Integer, Row> rows = new HashMap<>();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= jsonl.length; i++) {
            if (i == jsonl.length || jsonl[i] == '\n') {
                if (i > start) {
                    Row row = row(new String(jsonl, start, i - start, StandardCharsets.UTF_8), json);
                    if (row != null) {
                        rows.put(line, row);
                    }
                }
                line++;
                start = i + 1;
            }
        }
        return rows;
    }

    @Nullable
    static Row row(String text, JsonMapper json) {
        if (text.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = json.readValue(text, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (node == null || !node.isObject()) {
            return null;
        }
        List<String> categories = new ArrayList<>();
        JsonNode c = node.get("categories");
        if (c != null && c.isArray()) {
            c.values().forEach(v -> {
                if (v.isString()) {
                    categories.add(v.getStringValue());
                }
            });
        } else if (c != null && c.isString()) {
            categories.add(c.getStringValue());
        }
        return new Row(List.copyOf(categories), text(node, "abs"), text(node, "pdf"), text(node, "code_url"));
    }

    @Nullable
    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v != null && v.isString() && !v.getStringValue().isBlank() ? v.getStringValue() : null;
    }
}
