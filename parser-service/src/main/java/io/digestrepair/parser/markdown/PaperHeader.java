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
