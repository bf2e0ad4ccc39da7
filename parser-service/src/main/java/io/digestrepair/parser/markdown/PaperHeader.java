package io.digestrepair.parser.markdown;

import io.digestrepair.parser.digest.ArxivIds;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's header line, {@code ### [n] [title](url)}. The title is everything up to the last
 * {@code ](}, so titles with brackets read whole.
 */
record PaperHeader(String title, String url, String id) {

    // UNIX_LINES: the line is already cut at '\n'; U+0085, U+2028 and U+2029 in a title are its characters,
    // and the default reading of '.' and '$' would take them for line ends and lose the title and link
    private static final Pattern HEADER = Pattern.compile("^###\\s*(?:\\[(\\d+)]\\s*)?\\[(.*)]\\((\\S*)\\)\\s*$", Pattern.UNIX_LINES);
    private static final Pattern LOOSE = Pattern.compile("^###\\s*(?:\\[(\\d+)]\\s*)?(.*?)\\s*$", Pattern.UNIX_LINES);

    static PaperHeader parse(String line) {
        PaperHeader plain = plain(line);
        return plain != null ? plain : byPattern(line);
    }

    /**
     * The header as the layout writes it, {@code ### [n] [title](url)} with nothing but spaces after it, read
     * without backtracking: the greedy title of {@link #HEADER} ends at the last {@code ](}, and the link
     * after it must hold no white space. Null for any other line, which {@link #byPattern} reads.
     */
    static PaperHeader plain(String line) {
        if (!line.startsWith("### [")) {
            return null;
        }
        int n = line.length();
        int i = 5;
        while (i < n && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        if (i == 5 || !line.startsWith("] [", i)) {
            return null;
        }
        int titleStart = i + 3;
        int end = n;
        while (end > titleStart && line.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == titleStart || line.charAt(end - 1) != ')') {
            return null;
        }
        int open = line.lastIndexOf("](", end - 3);
        if (open < titleStart) {
            return null;
        }
        String url = line.substring(open + 2, end - 1);
        for (int k = 0; k < url.length(); k++) {
            if (" \t\n\u000B\f\r".indexOf(url.charAt(k)) >= 0) {
                return null;
            }
        }
        return new PaperHeader(line.substring(titleStart, open).strip(), url, ArxivIds.of(url));
    }

    static PaperHeader byPattern(String line) {
        Matcher m = HEADER.matcher(line);
        if (m.matches()) {
            String url = m.group(3);
            return new PaperHeader(m.group(2).strip(), url, ArxivIds.of(url));
        }
        Matcher loose = LOOSE.matcher(line);
        String title = loose.matches() ? loose.group(2) : line;
        return new PaperHeader(title, null, null);
    }
}
