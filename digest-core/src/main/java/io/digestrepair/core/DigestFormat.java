package io.digestrepair.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Locale;

/**
 * The pipeline's files: its two digest formats, and the day's crawl ({@code data/<date>.jsonl}, the
 * papers before the AI step: rows without {@code AI}), which is read but never repaired.
 */
@Serdeable
public enum DigestFormat {
    MARKDOWN("markdown", "text/markdown", ".md"),
    JSONL("jsonl", "application/x-ndjson", ".jsonl"),
    CRAWL("crawl", "application/x-ndjson", ".jsonl");

    private final String wireName;
    private final String mediaType;
    private final String extension;

    DigestFormat(String wireName, String mediaType, String extension) {
        this.wireName = wireName;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Accepts the wire name, the enum name or a file extension; null when it is none of these. */
    @JsonCreator
    public static DigestFormat of(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "markdown", "md", ".md" -> MARKDOWN;
            case "jsonl", "ndjson", ".jsonl", "json-lines", "jsonlines" -> JSONL;
            case "crawl" -> CRAWL;
            default -> null;
        };
    }
}
