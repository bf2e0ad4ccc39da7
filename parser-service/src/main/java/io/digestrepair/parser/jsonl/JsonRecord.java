package io.digestrepair.parser.jsonl;

import io.digestrepair.core.FieldName;
import io.digestrepair.parser.digest.ArxivIds;
import io.digestrepair.parser.digest.FieldSlot;
import io.digestrepair.parser.digest.FieldValue;
import io.digestrepair.parser.digest.PaperEntry;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One record's parts, positions in the digest's bytes. */
final class JsonRecord {
    final byte[] bytes;
    final long offset;
    final Map<FieldName, FieldValue> fields = new EnumMap<>(FieldName.class);
    String id;
    String title;
    String absUrl;
    String otherUrl;
    String pdfUrl;
    String abstractText;
    String category;
    final List<String> authors = new ArrayList<>();
    /** The key the TL;DR was read from ({@code tldr}, or the early {@code task}), null while none was. */
    String tldrKey;
    boolean hasAi;
    /** Which of the crawler's keys the record has: id, summary, categories. */
    private int crawlerKeys;
    boolean aiNotObject;
    boolean aiEmpty;
    long aiEnd;
    boolean topEmpty;
    long topEnd;

    JsonRecord(byte[] bytes, long offset) {
        this.bytes = bytes;
        this.offset = offset;
    }

    /**
     * The pipeline's early schema (until 2025-04-15) kept the TL;DR under {@code task}
     * ({@code "AI": {"task", "motivation", "method", "result", "conclusion"}}).
     */
    static final String EARLY_TLDR_KEY = "task";

    static FieldName fieldOf(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "tl;dr", "tl_dr", "summary_tldr", EARLY_TLDR_KEY -> FieldName.TLDR;
            case "methods" -> FieldName.METHOD;
            case "results" -> FieldName.RESULT;
            case "conclusions" -> FieldName.CONCLUSION;
            default -> FieldName.byKey(k).orElse(null);
        };
    }

    void top(String name, JsonParser p, JsonToken value) {
        switch (name) {
            case "id" -> id = scalar(p, value);
            case "title" -> title = scalar(p, value);
            case "abs" -> absUrl = scalar(p, value);
            case "url", "link" -> otherUrl = scalar(p, value);
            case "pdf" -> pdfUrl = scalar(p, value);
            case "summary", "abstract" -> abstractText = scalar(p, value);
            case "categories", "category", "primary_category" -> {
                if (value == JsonToken.START_ARRAY) {
                    List<String> all = strings(p);
                    if (category == null && !all.isEmpty()) {
                        category = all.getFirst();
                    }
                } else if (category == null || name.equals("primary_category")) {
                    category = scalar(p, value);
                }
            }
            case "authors" -> {
                if (value == JsonToken.START_ARRAY) {
                    authors.addAll(strings(p));
                } else {
                    String all = scalar(p, value);
                    if (all != null) {
                        for (String a : all.split(",")) {
                            if (!a.isBlank()) {
                                authors.add(a.strip());
                            }
                        }
                    }
                }
            }
            default -> p.skipChildren();
        }
    }

    private static String scalar(JsonParser p, JsonToken value) {
        if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
            return p.getString();
        }
        p.skipChildren();
        return null;
    }

    private static List<String> strings(JsonParser p) {
        List<String> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t == JsonToken.VALUE_STRING) {
                out.add(p.getString());
            } else {
                p.skipChildren();
            }
        }
        return out;
    }

    void seen(String key) {
        switch (key) {
            case "id" -> crawlerKeys |= 1;
            case "summary" -> crawlerKeys |= 2;
            case "categories" -> crawlerKeys |= 4;
            default -> {
            }
        }
    }

    /**
     * A row of the pipeline's crawl ({@code data/<date>.jsonl}, written by its Scrapy spider): the
     * crawler's keys and no {@code AI} at all, which the AI step adds to every row it keeps.
     */
    boolean looksCrawled() {
        return !hasAi && !aiNotObject && crawlerKeys == 7;
    }

    String url() {
        return absUrl != null ? absUrl : otherUrl != null ? otherUrl : pdfUrl;
    }

    PaperEntry paper(int index, int line, JsonStyle style) {
        Map<FieldName, FieldValue> all = new EnumMap<>(FieldName.class);
        for (FieldName f : FieldName.values()) {
            FieldValue v = fields.get(f);
            all.put(f, v != null ? v : new FieldValue("", false, insertion(f, style)));
        }
        String paperId = id != null ? id : ArxivIds.of(url());
        return new PaperEntry(index, line, paperId, title != null ? title : "", url(), List.copyOf(authors),
                category, abstractText != null ? abstractText : "", Collections.unmodifiableMap(all));
    }

    /** A missing key goes at the end of {@code AI}, or into a new {@code AI} at the end of the record. */
    private FieldSlot insertion(FieldName field, JsonStyle style) {
        if (aiNotObject) {
            return null;
        }
        String before = "\"" + field.key() + "\"" + style.keySeparator() + "\"";
        if (hasAi) {
            String open = aiEmpty ? "" : style.itemSeparator();
            return new FieldSlot(aiEnd, aiEnd, before, "\"",
                    new FieldSlot.InsertionGroup(open, style.itemSeparator(), ""));
        }
        String open = (topEmpty ? "" : style.itemSeparator()) + "\"AI\"" + style.keySeparator() + "{";
        return new FieldSlot(topEnd, topEnd, before, "\"",
                new FieldSlot.InsertionGroup(open, style.itemSeparator(), "}"));
    }
}
