package io.digestrepair.offline.text;

/** Layout normalisation: hard wraps joined, paragraphs kept apart, odd spaces made plain. */
public final class Whitespace {

    /** What separates two paragraphs in {@link #unwrap}'s output. */
    public static final String PARAGRAPH = "\n\n";

    private Whitespace() {
    }

    /**
     * Joins hard-wrapped lines with a space (or with nothing after a hyphen that continues a word),
     * keeps blank-line paragraph breaks as {@link #PARAGRAPH}, and turns tabs, no-break and other
     * Unicode spaces into plain spaces. Zero-width characters are dropped.
     */
    public static String unwrap(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                int newlines = 0;
                int j = i;
                while (j < n) {
                    char d = text.charAt(j);
                    if (d == '\n') {
                        newlines++;
                    } else if (d != '\r' && !isSpace(d)) {
                        break;
                    }
                    j++;
                }
                trimTrailingSpaces(out);
                if (newlines >= 2) {
                    out.append(PARAGRAPH);
                } else if (!continuesWord(out, text, j)) {
                    out.append(' ');
                }
                i = j;
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                i++;
            } else {
                out.append(isSpace(c) ? ' ' : c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || Character.isSpaceChar(c);
    }

    /** A line ending in "word-" followed by a lowercase letter is one word broken by the wrap. */
    private static boolean continuesWord(StringBuilder out, String text, int next) {
        int len = out.length();
        return len >= 2 && out.charAt(len - 1) == '-' && Character.isLetter(out.charAt(len - 2))
                && next < text.length() && Character.isLowerCase(text.charAt(next));
    }

    private static void trimTrailingSpaces(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
