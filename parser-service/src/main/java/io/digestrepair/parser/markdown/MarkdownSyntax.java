package io.digestrepair.parser.markdown;

/**
 * Classifies a line of a Markdown digest from its first characters. Works on any CharSequence, so the
 * reader can ask about a view of raw bytes and the escaper about a line of new text, with one rule.
 */
final class MarkdownSyntax {

    /** An unknown label is a capitalised run of at most this many characters before the colon. */
    private static final int MAX_OTHER_LABEL = 40;

    private MarkdownSyntax() {
    }

    static LineKind kind(CharSequence line) {
        int n = line.length();
        int i = 0;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i == n) {
            return LineKind.BLANK;
        }
        char first = line.charAt(i);
        if (first == '<') {
            return HtmlLine.isLayoutTag(line, i) ? LineKind.HTML : LineKind.TEXT;
        }
        if (i > 0) {
            return LineKind.TEXT;
        }
        if (first == '#') {
            int hashes = 0;
            while (hashes < n && line.charAt(hashes) == '#') {
                hashes++;
            }
            if (hashes > 6 || hashes == n || (line.charAt(hashes) != ' ' && line.charAt(hashes) != '\t')) {
                return hashes == 3 && hashes < n && line.charAt(hashes) == '[' ? LineKind.PAPER_HEADER : LineKind.TEXT;
            }
            if (hashes == 3) {
                int j = hashes;
                while (j < n && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                    j++;
                }
                if (j < n && line.charAt(j) == '[') {
                    return LineKind.PAPER_HEADER;
                }
            }
            return LineKind.HEADING;
        }
        if (first >= 0x80 || !Character.isLetter(first)) {
            return LineKind.TEXT;
        }
        if (label(line) != null) {
            return LineKind.LABEL;
        }
        return isOtherLabel(line) ? LineKind.OTHER_LABEL : LineKind.TEXT;
    }

    /** The known label the line starts with, or null. */
    static Label label(CharSequence line) {
        for (Label label : Label.values()) {
            for (String spelling : label.spellings) {
                if (colonAfter(line, spelling) >= 0) {
                    return label;
                }
            }
        }
        return null;
    }

    /** Index just after the label's colon, or -1 when the line does not start with this label. */
    static int valueStart(CharSequence line, Label label) {
        for (String spelling : label.spellings) {
            int at = colonAfter(line, spelling);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    private static int colonAfter(CharSequence line, String spelling) {
        int n = line.length();
        int m = spelling.length();
        if (n <= m) {
            return -1;
        }
        for (int k = 0; k < m; k++) {
            char c = line.charAt(k);
            char s = spelling.charAt(k);
            if (c != s && (c >= 0x80 || Character.toLowerCase(c) != Character.toLowerCase(s))) {
                return -1;
            }
        }
        int j = m;
        while (j < n && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
            j++;
        }
        if (j < n && line.charAt(j) == ':') {
            return j + 1;
        }
        // the full-width colon is three bytes in UTF-8: a raw-byte view shows its lead byte 0xEF
        if (j < n && (line.charAt(j) == '：' || isFullWidthColonBytes(line, j))) {
            return j + (line.charAt(j) == '：' ? 1 : 3);
        }
        return -1;
    }

    private static boolean isFullWidthColonBytes(CharSequence line, int j) {
        return j + 2 < line.length() && line.charAt(j) == 0xEF && line.charAt(j + 1) == 0xBC && line.charAt(j + 2) == 0x9A;
    }

    /** {@code Keywords: ...}: a capital letter, a short run of label characters, a colon, then a space or the end. */
    private static boolean isOtherLabel(CharSequence line) {
        int n = line.length();
        char first = line.charAt(0);
        if (first < 'A' || first > 'Z') {
            return false;
        }
        for (int j = 1; j < n && j <= MAX_OTHER_LABEL; j++) {
            char c = line.charAt(j);
            if (c == ':') {
                return j + 1 == n || line.charAt(j + 1) == ' ' || line.charAt(j + 1) == '\t';
            }
            boolean allowed = (c < 0x80 && Character.isLetterOrDigit(c)) || " ;&/()'_-".indexOf(c) >= 0;
            if (!allowed) {
                return false;
            }
        }
        return false;
    }
}
