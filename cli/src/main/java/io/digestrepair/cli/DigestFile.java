package io.digestrepair.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** A digest file on disk, the name the gateway will know it by, and its format. */
record DigestFile(Path path, String name, Format format) {

    enum Format {
        MARKDOWN("text/markdown", ".md"),
        JSONL("application/x-ndjson", ".jsonl");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        String mediaType() {
            return mediaType;
        }

        String extension() {
            return extension;
        }
    }

    private static final int MAX_NAME = 100;

    /** The pipeline names the day's crawl {@code data/<date>.jsonl}; the gateway tells by its rows. */
    static boolean looksLikeCrawl(Path path) {
        return path.getFileName() != null && path.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.jsonl");
    }

    /**
     * The digest's name is the file name without its extension, with every character the gateway
     * does not accept in a name ({@code [A-Za-z0-9._-]}) replaced by {@code -}.
     */
    static DigestFile of(Path path, byte[] content) {
        String file = path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String extension = dot > 0 ? file.substring(dot).toLowerCase(Locale.ROOT) : "";
        String base = dot > 0 ? file.substring(0, dot) : file;
        String name = base.replaceAll("[^A-Za-z0-9._-]", "-");
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        if (name.isEmpty()) {
            name = "digest";
        }
        return new DigestFile(path, name, formatOf(extension, content));
    }

    private static Format formatOf(String extension, byte[] content) {
        return switch (extension) {
            case ".jsonl", ".ndjson" -> Format.JSONL;
            case ".md", ".markdown" -> Format.MARKDOWN;
            default -> firstNonBlank(content) == '{' ? Format.JSONL : Format.MARKDOWN;
        };
    }

    private static char firstNonBlank(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
        String trimmed = head.strip();
        return trimmed.isEmpty() ? ' ' : trimmed.charAt(0);
    }
}
