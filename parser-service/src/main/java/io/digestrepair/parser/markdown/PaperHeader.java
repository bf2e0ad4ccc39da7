package io.digestrepair.parser.markdown;

import io.digestrepair.parser.digest.ArxivIds;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's header line, {@code ### [n] [title](url)}. The title is everything up to the last
 * {@code ](}, so titles with brackets read whole.
 */
record PaperHeader(String title, String url, String id) {

    private static final Pattern HEADER = Pattern.compile("^###\\s*(?:\\[(\\d+)]\\s*)?\\[(.*)]\\((\\S*)\\)\\s*$");
    private static final Pattern LOOSE = Pattern.compile("^###\\s*(?:\\[(\\d+)]\\s*)?(.*?)\\s*$");
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
