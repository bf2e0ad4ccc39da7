package io.digestrepair.parser.digest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The arXiv id in a paper's link: {@code /abs/} or {@code /pdf/}, new or old style, version dropped. */
public final class ArxivIds {

    private static final Pattern ARXIV_ID = Pattern.compile(
            "arxiv\\.org/(?:abs|pdf)/(\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?(?:\\.pdf)?/?(?:[?#].*)?$");

    private ArxivIds() {
    }

    /** The id, or null when the link is not an arXiv paper link. */
    public static String of(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = ARXIV_ID.matcher(url.strip());
        return m.find() ? m.group(1) : null;
    }
}
