package io.digestrepair.parser.restore;

import io.digestrepair.parser.digest.PaperEntry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inserts restored papers into a Markdown digest as the pipeline's {@code to_md/convert.py} lays one
 * out: a table of contents {@code - [cat](#cat) [Total: n]}, per category {@code <div id='cat'></div>}
 * and {@code # cat [[Back]](#toc)}, papers joined by a blank line pair, numbered {@code ### [n]} from 1
 * through the whole digest in document order. A restored paper goes at the end of its main category's
 * section (a new section at the end when the digest has none), the counts of the table of contents and
 * the numbers of the papers after it move up by what was inserted before them; no other byte changes.
 * The paper itself is the template of the corpus's days (header, authors, {@code Main category:},
 * {@code TL;DR:}, a {@code <details>} block with the four fields and the abstract), its fields empty.
 */
final class MarkdownRestore {

    private static final Pattern TOC = Pattern.compile("^- \\[([^\\]]+)]\\(#([^)]+)\\) \\[Total: (\\d+)]\\s*$");
    private static final Pattern SECTION = Pattern.compile("^<div id=['\"]?([^'\">]+)['\"]?\\s*></div>\\s*$");
    private static final Pattern HEADER = Pattern.compile("^### \\[(\\d+)] ");

    private MarkdownRestore() {
    }

    static byte[] insert(byte[] source, List<PaperEntry> restored) {
        String text = new String(source, StandardCharsets.UTF_8);
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = lines(text);

        Map<String, Integer> sectionEnd = new LinkedHashMap<>(); // category -> last line of its section
        int lastToc = -1;
        String current = null;
        int lastContent = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = strip(lines.get(i));
            Matcher s = SECTION.matcher(line);
            if (s.matches() && !s.group(1).equals("toc")) {
                if (current != null) {
                    sectionEnd.put(current, lastContent);
                }
                current = s.group(1);
                lastContent = i;
                continue;
            }
            if (current == null && TOC.matcher(line).matches()) {
                lastToc = i;
            }
            if (!line.isBlank()) {
                lastContent = i;
            }
        }
        if (current != null) {
            sectionEnd.put(current, lastContent);
        }

        Map<String, List<PaperEntry>> into = new LinkedHashMap<>();
        Map<String, List<PaperEntry>> fresh = new LinkedHashMap<>();
        for (PaperEntry p : restored) {
            String category = p.category() == null || p.category().isBlank() ? "Uncategorized" : p.category();
            (sectionEnd.containsKey(category) ? into : fresh).computeIfAbsent(category, c -> new ArrayList<>()).add(p);
        }
        Map<Integer, String> insertAfter = new LinkedHashMap<>();
        sectionEnd.forEach((category, line) -> {
            if (into.containsKey(category)) {
                insertAfter.put(line, category);
            }
        });

        StringBuilder out = new StringBuilder(text.length() + restored.size() * 3000);
        int shift = 0;
        int number = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher toc = TOC.matcher(strip(line));
            Matcher header = HEADER.matcher(line);
            if (i <= lastToc && toc.matches() && into.containsKey(toc.group(2))) {
                int added = into.get(toc.group(2)).size();
                int at = line.lastIndexOf("[Total: ") + "[Total: ".length();
                int digitsEnd = at + toc.group(3).length();
                out.append(line, 0, at).append(Integer.parseInt(toc.group(3)) + added).append(line, digitsEnd, line.length());
            } else if (header.find()) {
                number = Integer.parseInt(header.group(1)) + shift;
                out.append("### [").append(number).append(line, header.end(1), line.length());
            } else {
                out.append(line);
            }
            if (i == lastToc) {
                fresh.forEach((category, papers) -> out.append("- [").append(category).append("](#").append(category)
                        .append(") [Total: ").append(papers.size()).append(']').append(eol));
            }
            String category = insertAfter.get(i);
            if (category != null) {
                endLine(out, eol);
                for (PaperEntry p : into.get(category)) {
                    number++;
                    shift++;
                    out.append(eol).append(eol);
                    paper(out, p, number, eol);
                }
            }
        }
        for (Map.Entry<String, List<PaperEntry>> section : fresh.entrySet()) {
            if (!out.isEmpty()) {
                endLine(out, eol);
            }
            String c = section.getKey();
            out.append(eol).append(eol).append("<div id='").append(c).append("'></div>").append(eol).append(eol)
                    .append("# ").append(c).append(" [[Back]](#toc)").append(eol).append(eol);
            boolean first = true;
            for (PaperEntry p : section.getValue()) {
                if (!first) {
                    out.append(eol).append(eol);
                }
                first = false;
                number++;
                paper(out, p, number, eol);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code to_md/paper_template.md} as the corpus's days show it, with empty fields. */
    private static void paper(StringBuilder out, PaperEntry p, int number, String eol) {
        out.append("### [").append(number).append("] [").append(p.title()).append("](").append(p.url() == null ? "" : p.url())
                .append(')').append(eol)
                .append('*').append(String.join(",", p.authors())).append('*').append(eol).append(eol)
                .append("Main category: ").append(p.category() == null ? "" : p.category()).append(eol).append(eol)
                .append("TL;DR: ").append(eol).append(eol).append(eol)
                .append("<details>").append(eol)
                .append("  <summary>Details</summary>").append(eol)
                .append("Motivation: ").append(eol).append(eol)
                .append("Method: ").append(eol).append(eol)
                .append("Result: ").append(eol).append(eol)
                .append("Conclusion: ").append(eol).append(eol)
                .append("Abstract: ").append(p.abstractText().replace("\r\n", "\n").replace("\n", eol)).append(eol).append(eol)
                .append("</details>").append(eol);
    }

    private static void endLine(StringBuilder out, String eol) {
        if (out.isEmpty() || out.charAt(out.length() - 1) != '\n') {
            out.append(eol);
        }
    }

    private static String strip(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    /** The lines with their line breaks. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            lines.add(text.substring(from));
        }
        return lines;
    }
}
