package io.digestrepair.parser.format;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.parser.digest.ParsedDigest;
import io.digestrepair.parser.jsonl.JsonLinesReader;
import io.digestrepair.parser.markdown.MarkdownReader;

/** Tells a digest's format from its bytes when no one said, and reads it with the right reader. */
public final class DigestFormats {

    /** How far into the body a sniff looks for the layout's markers. */
    private static final int SNIFF_LIMIT = 1 << 20;
    /**
     * A NUL this near the start means a binary file; further in it is a stray byte of a text (an LLM
     * artefact), reported as a line problem. 8,000 bytes is git's own probe (xdiff's buffer_is_binary).
     */
    static final int BINARY_PROBE = 8000;

    private static final MarkdownReader MARKDOWN = new MarkdownReader();
    private static final JsonLinesReader JSON_LINES = new JsonLinesReader();

    private DigestFormats() {
    }

    public static ParsedDigest read(byte[] source, DigestFormat format) {
        return switch (format) {
            case MARKDOWN -> MARKDOWN.read(source);
            case JSONL, CRAWL -> JSON_LINES.read(source);
        };
    }

    /** Reads where the fields are, for a render; Markdown texts are left undecoded (empty). */
    public static ParsedDigest readPositions(byte[] source, DigestFormat format) {
        return switch (format) {
            case MARKDOWN -> MARKDOWN.readPositions(source);
            case JSONL, CRAWL -> JSON_LINES.read(source);
        };
    }

    /**
     * The format the bytes look like, or null: a first non-blank {@code {} means JSON Lines; a paper
     * header ({@code ### [}), a section {@code <div id=}, the table of contents or a {@code TL;DR:} line
     * at the start of a line means Markdown. A NUL in the first bytes means neither.
     */
    public static DigestFormat sniff(byte[] b) {
        int n = Math.min(b.length, SNIFF_LIMIT);
        int i = 0;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        for (int k = i; k < Math.min(n, BINARY_PROBE); k++) {
            if (b[k] == 0) {
                return null;
            }
        }
        while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        if (i < n && b[i] == '{') {
            return DigestFormat.JSONL;
        }
        for (int k = i; k < n; k++) {
            if (k == i || b[k - 1] == '\n') {
                if (startsWith(b, k, n, "### [") || startsWith(b, k, n, "<div id") || startsWith(b, k, n, "# Table of Contents")
                        || startsWith(b, k, n, "TL;DR:")) {
                    return DigestFormat.MARKDOWN;
                }
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int at, int n, String marker) {
        if (at + marker.length() > n) {
            return false;
        }
        for (int k = 0; k < marker.length(); k++) {
            if (b[at + k] != marker.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
