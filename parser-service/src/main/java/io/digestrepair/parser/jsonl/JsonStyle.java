package io.digestrepair.parser.jsonl;

/**
 * How a JSON Lines record writes its strings and separators, so that a changed line looks like its
 * neighbours. Python's {@code json.dumps} writes backslash-u escapes (lower-case hex) for every non-ASCII
 * character by default and raw UTF-8 with {@code ensure_ascii=False}; both occur in the family.
 *
 * @param asciiOnly      non-ASCII characters as backslash-u escapes
 * @param upperHex       hex digits of those escapes in upper case
 * @param itemSeparator  between members ({@code ", "} or {@code ","})
 * @param keySeparator   between key and value ({@code ": "} or {@code ":"})
 */
public record JsonStyle(boolean asciiOnly, boolean upperHex, String itemSeparator, String keySeparator) {

    public static final JsonStyle PYTHON_DEFAULT = new JsonStyle(true, false, ", ", ": ");

    /** The style of one record's raw line; what the line does not show is taken from {@code fallback}. */
    static JsonStyle of(byte[] b, int start, int end, JsonStyle fallback) {
        boolean rawNonAscii = false;
        boolean escapedNonAscii = false;
        boolean upper = fallback.upperHex;
        boolean sawHex = false;
        for (int i = start; i < end; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0x80) {
                rawNonAscii = true;
            } else if (c == '\\' && i + 5 < end && b[i + 1] == 'u') {
                int code = hex(b, i + 2);
                if (code >= 0x80) {
                    escapedNonAscii = true;
                    if (!sawHex) {
                        for (int k = i + 2; k < i + 6; k++) {
                            if (b[k] >= 'A' && b[k] <= 'F') {
                                upper = true;
                                sawHex = true;
                            } else if (b[k] >= 'a' && b[k] <= 'f') {
                                upper = false;
                                sawHex = true;
                            }
                        }
                    }
                }
                i += 5;
            } else if (c == '\\') {
                i++;
            }
        }
        boolean ascii = rawNonAscii ? false : escapedNonAscii || fallback.asciiOnly;
        String line = new String(b, start, Math.min(end - start, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        String item = line.contains("\", \"") || line.contains(", \"") ? ", " : line.contains(",\"") ? "," : fallback.itemSeparator;
        String key = line.contains("\": ") ? ": " : line.contains("\":") ? ":" : fallback.keySeparator;
        return new JsonStyle(ascii, upper, item, key);
    }

    private static int hex(byte[] b, int at) {
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            int d = Character.digit(b[k], 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** A string's content (without quotes) in this style, escaped as Python's json module does. */
    public String quoteContent(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (asciiOnly && c >= 0x7F)) {
                        String hex = String.format("%04x", (int) c);
                        out.append("\\u").append(upperHex ? hex.toUpperCase(java.util.Locale.ROOT) : hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
