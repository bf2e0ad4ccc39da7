package io.digestrepair.parser.markdown;

/**
 * How a field's text is written in a Markdown digest so that the reader gets exactly that text back.
 *
 * <p>The value's first line follows its label ({@code Method: ...}) and is written as is. Every
 * further line starts at column 0, where the reader would take some lines for layout: another label
 * ({@code Result: ...}, or any {@code Word:} after a blank line), a heading or paper header
 * ({@code #}, {@code ### [}), the layout's HTML ({@code <details>}, {@code </details>}, {@code <div>}),
 * or an authors line ({@code *}). Such a line, and a line that already starts with a backslash
 * followed by one, gets one more backslash in front; the reader removes exactly one. For {@code #},
 * {@code *} and {@code <} this is also Markdown's own escape, so a Markdown viewer shows the text.
 *
 * <p>The text is stripped of leading and trailing white space (the layout cannot hold them) and its
 * line breaks are written as the digest's own ({@code \n} or {@code \r\n}).
 */
final class FieldText {

    private FieldText() {
    }

    /** Whether a line of a value would not read back as plain text without a backslash in front. */
    static boolean needsEscape(String line) {
        // a line of backslashes before a special line needs one more, so skip them
        int i = 0;
        while (i < line.length() && line.charAt(i) == '\\') {
            i++;
        }
        if (i > 0) {
            line = line.substring(i);
        }
        if (line.isEmpty()) {
            return false;
        }
        char first = line.charAt(0);
        if (first == '#' || first == '*' || line.stripLeading().startsWith("<")) {
            return true;
        }
        LineKind kind = MarkdownSyntax.kind(line);
        return kind != LineKind.TEXT && kind != LineKind.BLANK;
    }

    /**
     * The text of a value from its raw lines (line breaks already {@code \n}).
     *
     * @param firstLineFollowsLabel whether the first raw line sits after the label rather than at column 0
     */
    static String unescape(String raw, boolean firstLineFollowsLabel) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        String[] lines = raw.split("\n", -1);
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean atColumnZero = i > 0 || !firstLineFollowsLabel;
            if (atColumnZero && line.startsWith("\\") && needsEscape(line.substring(1))) {
                line = line.substring(1);
            }
            if (i > 0) {
                out.append('\n');
            }
            out.append(line);
        }
        return out.toString();
    }

    /** The raw value to write after {@code Label: } for a text. */
    static String escape(String text, String lineEnding) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (normal.indexOf('\n') < 0) {
            return normal;
        }
        String[] lines = normal.split("\n", -1);
        StringBuilder out = new StringBuilder(normal.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append(lineEnding);
                if (needsEscape(lines[i])) {
                    out.append('\\');
                }
            }
            out.append(lines[i]);
        }
        return out.toString();
    }
}
