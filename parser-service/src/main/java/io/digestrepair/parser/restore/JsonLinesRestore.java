package io.digestrepair.parser.restore;

import io.digestrepair.core.FieldName;
import io.digestrepair.parser.jsonl.JsonLinesDigest;
import io.digestrepair.parser.jsonl.JsonStyle;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Appends restored papers to a JSON Lines digest as the pipeline's AI step writes its rows
 * ({@code ai/enhance.py}: {@code item["AI"] = {...}} on the crawl's item, then {@code json.dumps(item)}):
 * the crawl row's own keys in their own order, then {@code "AI"} with {@code tldr}, {@code motivation},
 * {@code method}, {@code result}, {@code conclusion}. The crawler writes raw UTF-8 while the digest may
 * escape non-ASCII (the corpus does), so each row is written again in the digest's own style; with the
 * same style it is byte for byte the crawl's row.
 */
final class JsonLinesRestore {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonLinesRestore() {
    }

    static byte[] append(JsonLinesDigest digest, Crawl crawl, List<Integer> missing) {
        byte[] source = digest.source();
        JsonStyle style = digest.styles().isEmpty() ? JsonStyle.PYTHON_DEFAULT : digest.styles().getLast();
        String eol = usesCrlf(source) ? "\r\n" : "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream(source.length + missing.size() * 2048);
        out.writeBytes(source);
        if (source.length > 0 && source[source.length - 1] != '\n') {
            out.writeBytes(eol.getBytes(StandardCharsets.UTF_8));
        }
        for (int k : missing) {
            int[] row = crawl.rows().get(k);
            out.writeBytes(row(crawl.bytes(), row[0], row[1], style).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(eol.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** One crawl row with an empty {@code AI} object of the pipeline's shape, in the digest's style. */
    static String row(byte[] b, int start, int end, JsonStyle style) {
        StringBuilder out = new StringBuilder((end - start) * 2);
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), b, start, end - start)) {
            p.nextToken(); // the row's {
            out.append('{');
            boolean first = true;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("AI")) {
                    p.skipChildren(); // not in a crawl; never written twice
                    continue;
                }
                if (!first) {
                    out.append(style.itemSeparator());
                }
                first = false;
                out.append('"').append(style.quoteContent(name)).append('"').append(style.keySeparator());
                value(p, value, out, style);
            }
            if (!first) {
                out.append(style.itemSeparator());
            }
            out.append("\"AI\"").append(style.keySeparator()).append('{');
            FieldName[] fields = FieldName.values();
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.append(style.itemSeparator());
                }
                out.append('"').append(fields[i].key()).append('"').append(style.keySeparator()).append("\"\"");
            }
            out.append("}}");
        }
        return out.toString();
    }

    private static void value(JsonParser p, JsonToken t, StringBuilder out, JsonStyle style) {
        switch (t) {
            case START_OBJECT -> {
                out.append('{');
                boolean first = true;
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    if (!first) {
                        out.append(style.itemSeparator());
                    }
                    first = false;
                    out.append('"').append(style.quoteContent(p.currentName())).append('"').append(style.keySeparator());
                    value(p, p.nextToken(), out, style);
                }
                out.append('}');
            }
            case START_ARRAY -> {
                out.append('[');
                boolean first = true;
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (!first) {
                        out.append(style.itemSeparator());
                    }
                    first = false;
                    value(p, next, out, style);
                }
                out.append(']');
            }
            case VALUE_STRING -> out.append('"').append(style.quoteContent(p.getString())).append('"');
            case VALUE_NULL -> out.append("null");
            case VALUE_TRUE -> out.append("true");
            case VALUE_FALSE -> out.append("false");
            default -> out.append(p.getString()); // numbers as written
        }
    }

    private static boolean usesCrlf(byte[] b) {
        for (int i = 1; i < b.length; i++) {
            if (b[i] == '\n') {
                return b[i - 1] == '\r';
            }
        }
        return false;
    }
}
