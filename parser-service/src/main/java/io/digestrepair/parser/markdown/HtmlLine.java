package io.digestrepair.parser.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the layout's HTML lines, read with jsoup: {@code <div id='cs.CV'></div>}, {@code <details>},
 * {@code <summary>Details</summary>}, {@code </details>}, or several of them on one line
 * ({@code <details><summary>Details</summary>}).
 *
 * @param divId         the id of a {@code <div>} (a section anchor), or null
 * @param detailsOpens  {@code <details>} opened on the line
 * @param detailsCloses {@code </details>} on the line
 * @param summary       a {@code <summary>} on the line
 */
record HtmlLine(String divId, int detailsOpens, int detailsCloses, boolean summary) {

    private static final String[] LAYOUT_TAGS = {"div", "details", "summary"};
    /** jsoup builds a tree and drops end tags; the lone {@code </details>} a line may hold is counted here. */
    private static final Pattern END_TAG = Pattern.compile("</\\s*details\\s*>", Pattern.CASE_INSENSITIVE);
    /** The same few lines repeat in every paper; jsoup reads each distinct one once. */
    private static final Map<String, HtmlLine> SEEN = new ConcurrentHashMap<>();
    private static final int MAX_SEEN = 4096;

    /** Whether the text at {@code from} opens or closes one of the layout's tags. */
    static boolean isLayoutTag(CharSequence line, int from) {
        int i = from + 1;
        if (i < line.length() && line.charAt(i) == '/') {
            i++;
        }
        for (String tag : LAYOUT_TAGS) {
            int end = i + tag.length();
            if (end <= line.length() && regionMatches(line, i, tag)
                    && (end == line.length() || " \t>/".indexOf(line.charAt(end)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    static HtmlLine read(String line) {
        String key = line.strip();
        HtmlLine known = SEEN.get(key);
        if (known != null) {
            return known;
        }
        HtmlLine parsed = parse(key);
        if (SEEN.size() < MAX_SEEN) {
            SEEN.put(key, parsed);
        }
        return parsed;
    }

    private static HtmlLine parse(String line) {
        String divId = null;
        int opens = 0;
        boolean summary = false;
        for (Element e : Jsoup.parseBodyFragment(line).body().getAllElements()) {
            switch (e.normalName()) {
                case "div" -> {
                    if (divId == null && e.hasAttr("id")) {
                        divId = e.attr("id");
                    }
                }
                case "details" -> opens++;
                case "summary" -> summary = true;
                default -> { }
            }
        }
        int closes = 0;
        Matcher m = END_TAG.matcher(line);
        while (m.find()) {
            closes++;
        }
        return new HtmlLine(divId, opens, closes, summary);
    }

    private static boolean regionMatches(CharSequence s, int at, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if (Character.toLowerCase(s.charAt(at + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
