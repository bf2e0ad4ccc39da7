package io.digestrepair.offline.bench;

import io.digestrepair.core.FieldName;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The papers' titles and {@code Abstract:} paragraphs of digests in the pipeline's Markdown layout,
 * by a plain scan: an abstract starts at its label and runs over hard-wrapped lines until a blank
 * line, {@code </details>} or the next paper. Enough for benchmarks and tests; the parser service
 * owns the full reading of the format.
 */
public final class DigestAbstracts {

    /**
     * One paper's title and abstract as written (hard wraps and markup still in), and the LLM's fields
     * (TL;DR ... Conclusion) as their one line reads, for the fields the digest has.
     */
    public record Paper(String title, String abstractText, Map<FieldName, String> fields) {
        public Paper(String title, String abstractText) {
            this(title, abstractText, Map.of());
        }
    }

    private static final Pattern HEADER = Pattern.compile("^#{2,4}\\s*\\[\\d+]\\s*\\[(.*)]\\((.*)\\)\\s*$");
    private static final Pattern FIELD = Pattern.compile("^(?:\\*\\*)?(TL;DR|Motivation|Method|Result|Conclusion)(?:\\*\\*)?\\s*:(?:\\*\\*)?\\s?(.*)$");
    private static final Pattern LABEL = Pattern.compile("^\\s*(?:\\*\\*)?Abstract(?:\\*\\*)?\\s*:(?:\\*\\*)?\\s?(.*)$");
    /**
     * Lines that end an abstract. A field label ends it only at the start of the line: indented, it
     * is a structured abstract's own heading ("  Method: ...", "  Results: ...").
     */
    private static final Pattern STOP = Pattern.compile("^(?:\\s*(?:</details>|<details>|<summary>|#{1,4}\\s|<div\\b)|"
            + "(?:\\*\\*)?(?:TL;DR|Motivation|Method|Result|Conclusion|Main category)(?:\\*\\*)?\\s*:)");

    private static final Map<String, FieldName> FIELD_BY_LABEL = Map.of("TL;DR", FieldName.TLDR,
            "Motivation", FieldName.MOTIVATION, "Method", FieldName.METHOD, "Result", FieldName.RESULT,
            "Conclusion", FieldName.CONCLUSION);

    private DigestAbstracts() {
    }

    /** The Markdown digests of a folder, in name order. */
    public static List<Path> markdownFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md") || p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
    }

    public static List<Paper> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static List<Paper> parse(String markdown) {
        List<Paper> papers = new ArrayList<>();
        String[] lines = markdown.split("\r?\n", -1);
        String title = "";
        Map<FieldName, String> fields = new EnumMap<>(FieldName.class);
        for (int i = 0; i < lines.length; i++) {
            Matcher h = HEADER.matcher(lines[i]);
            if (h.matches()) {
                title = h.group(1).strip();
                fields = new EnumMap<>(FieldName.class);
                continue;
            }
            Matcher f = FIELD.matcher(lines[i]);
            if (f.matches()) {
                fields.put(FIELD_BY_LABEL.get(f.group(1)), f.group(2).strip());
                continue;
            }
            Matcher m = LABEL.matcher(lines[i]);
            if (!m.matches()) {
                continue;
            }
            StringBuilder text = new StringBuilder(m.group(1).strip());
            int j = i + 1;
            while (j < lines.length && !lines[j].isBlank() && !STOP.matcher(lines[j]).find()) {
                text.append('\n').append(lines[j].strip());
                j++;
            }
            papers.add(new Paper(title, text.toString(), Map.copyOf(fields)));
            i = j - 1;
        }
        return papers;
    }
}
