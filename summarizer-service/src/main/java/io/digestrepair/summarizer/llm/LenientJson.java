package io.digestrepair.summarizer.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the one JSON object of string values an LLM was asked for, forgiving the ways real replies
 * break it: a code fence, prose around the object, smart quotes as delimiters, a trailing comma,
 * an unescaped quote inside a value, and LaTeX such as {@code \alpha} or {@code \beta} written with a
 * single backslash. A truncated reply keeps every value that was complete.
 *
 * <p>Jackson is not used here on purpose: even with its lenient features it reads {@code "\beta"}
 * as a backspace followed by {@code eta} and {@code "\nabla"} as a newline, silently corrupting
 * the formula, and it cannot give back the complete values of a truncated object.
 */
public final class LenientJson {

    /** LaTeX commands that start with a letter JSON would read as an escape ({@code b f n r t u}). */
    private static final Set<String> LATEX_COMMANDS = Set.of(
            "beta", "bar", "bf", "big", "bigl", "bigr", "binom", "bm", "boldsymbol", "bot", "bullet",
            "frac", "forall", "flat", "frak",
            "nabla", "nu", "neq", "ne", "not", "notin", "newline", "nolimits", "nonumber",
            "rho", "rightarrow", "right", "rangle", "rceil", "rfloor", "rm", "rVert", "rvert", "Re",
            "tau", "theta", "times", "text", "textbf", "textit", "textrm", "texttt", "textsc", "tilde", "top",
            "to", "triangle", "tfrac", "tanh", "tan",
            "uparrow", "underline", "underbrace", "upsilon", "cup", "uplus");

    private LenientJson() {
    }

    /**
     * What was read.
     *
     * @param values  complete string values by key (keys lower-cased, {@code TL;DR} read as {@code tldr})
     * @param repairs what had to be forgiven, for the provenance warnings
     * @param problem why the reply is not one complete object, or null when it is
     */
    public record Reading(Map<String, String> values, List<String> repairs, String problem) {
        public boolean complete() {
            return problem == null;
        }
    }

    public static Reading read(String reply) {
        Set<String> repairs = new LinkedHashSet<>();
        if (reply == null || reply.isBlank()) {
            return new Reading(Map.of(), List.of(), "empty reply");
        }
        String visible = Reasoning.strip(reply);
        if (visible.isBlank()) {
            return new Reading(Map.of(), List.of(), "the reply ended while the model was still thinking");
        }
        String text = unfence(visible, repairs);
        int start = indexOfObjectStart(text);
        if (start < 0) {
            return new Reading(Map.of(), List.copyOf(repairs), "no JSON object in the reply");
        }
        if (!text.substring(0, start).isBlank()) {
            repairs.add("text before the JSON object");
        }
        Scanner scanner = new Scanner(text, start, repairs);
        Map<String, String> values = new LinkedHashMap<>();
        String problem = scanner.readObject(values, 0);
        if (problem == null && !text.substring(scanner.pos).isBlank()) {
            repairs.add("text after the JSON object");
        }
        return new Reading(values, new ArrayList<>(repairs), problem);
    }

    /** The key a field is known by: lower case, letters only ({@code "TL;DR"} becomes {@code "tldr"}). */
    public static String normalizeKey(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static String unfence(String reply, Set<String> repairs) {
        int fence = reply.indexOf("```");
        if (fence < 0) {
            return reply;
        }
        int bodyStart = reply.indexOf('\n', fence);
        if (bodyStart < 0) {
            return reply;
        }
        int end = reply.indexOf("```", bodyStart);
        String body = end < 0 ? reply.substring(bodyStart + 1) : reply.substring(bodyStart + 1, end);
        if (body.indexOf('{') < 0) {
            return reply;
        }
        repairs.add("code fence");
        return body;
    }

    private static int indexOfObjectStart(String text) {
        return text.indexOf('{');
    }

    private static boolean isOpenQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB';
    }

    private static boolean isCloseQuote(char c) {
        return c == '"' || c == '\u201D' || c == '\u201C' || c == '\u201F' || c == '\u00BB';
    }

    private static final class Scanner {
        private final String s;
        private final Set<String> repairs;
        private int pos;

        Scanner(String s, int pos, Set<String> repairs) {
            this.s = s;
            this.pos = pos;
            this.repairs = repairs;
        }

        /** Reads {@code {...}} at pos into values (nested objects are flattened); returns a problem or null. */
        String readObject(Map<String, String> values, int depth) {
            pos++; // the '{'
            boolean sawComma = false;
            while (true) {
                skipWhitespace();
                if (pos >= s.length()) {
                    return "truncated JSON";
                }
                char c = s.charAt(pos);
                if (c == '}') {
                    if (sawComma) {
                        repairs.add("trailing comma");
                    }
                    pos++;
                    return null;
                }
                if (c == ',') {
                    sawComma = true;
                    pos++;
                    continue;
                }
                sawComma = false;
                String key;
                if (isOpenQuote(c)) {
                    key = readString(true);
                    if (key == null) {
                        return "truncated JSON";
                    }
                } else {
                    key = readBareWord();
                    if (key.isEmpty()) {
                        return "unexpected '" + c + "' at offset " + pos;
                    }
                    repairs.add("unquoted key");
                }
                skipWhitespace();
                if (pos >= s.length()) {
                    return "truncated JSON";
                }
                if (s.charAt(pos) != ':') {
                    return "expected ':' after \"" + key + "\" at offset " + pos;
                }
                pos++;
                skipWhitespace();
                if (pos >= s.length()) {
                    return "truncated JSON";
                }
                char v = s.charAt(pos);
                if (isOpenQuote(v)) {
                    String value = readString(false);
                    if (value == null) {
                        return "truncated JSON";
                    }
                    values.put(normalizeKey(key), value);
                } else if (v == '{' && depth < 2) {
                    String problem = readObject(values, depth + 1);
                    if (problem != null) {
                        return problem;
                    }
                } else {
                    String skipped = skipValue();
                    if (skipped != null) {
                        return skipped;
                    }
                }
            }
        }

        private void skipWhitespace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private String readBareWord() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_' || s.charAt(pos) == ';')) {
                pos++;
            }
            return s.substring(start, pos);
        }

        /** Skips a number, literal, array or too-deep object; returns a problem when it runs off the end. */
        private String skipValue() {
            int depth = 0;
            boolean inString = false;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (inString) {
                    if (c == '\\') {
                        pos++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '[' || c == '{') {
                    depth++;
                } else if (c == ']' || c == '}') {
                    if (depth == 0) {
                        return null;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    return null;
                }
                pos++;
            }
            return "truncated JSON";
        }

        /**
         * Reads a string opened at pos; null when the input ends inside it. A quote that is not followed
         * by what may follow a string ({@code : , }} or the end) is taken as part of the text: models
         * forget to escape quotes they write inside a value.
         */
        private String readString(boolean isKey) {
            char open = s.charAt(pos);
            if (open != '"') {
                repairs.add("smart quotes");
            }
            pos++;
            StringBuilder b = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '\\') {
                    if (pos + 1 >= s.length()) {
                        return null;
                    }
                    pos = readEscape(b);
                    continue;
                }
                // a straight-quoted string ends only at a straight quote; a smart-quoted one at any closing quote
                boolean closes = open == '"' ? c == '"' : isCloseQuote(c);
                if (closes) {
                    if (endsHere(pos + 1, isKey)) {
                        if (c != '"') {
                            repairs.add("smart quotes");
                        }
                        pos++;
                        return b.toString();
                    }
                    repairs.add("unescaped quote");
                }
                b.append(c);
                pos++;
            }
            return null;
        }

        private boolean endsHere(int at, boolean isKey) {
            int i = at;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                return !isKey;
            }
            char c = s.charAt(i);
            return isKey ? c == ':' : (c == ',' || c == '}' || c == ']');
        }

        /** Appends what the escape at pos means and returns the position after it. */
        private int readEscape(StringBuilder b) {
            char e = s.charAt(pos + 1);
            int wordEnd = pos + 1;
            while (wordEnd < s.length() && Character.isLetter(s.charAt(wordEnd)) && s.charAt(wordEnd) < 128) {
                wordEnd++;
            }
            String word = s.substring(pos + 1, wordEnd);
            if (word.length() > 1 && LATEX_COMMANDS.contains(word)
                    && !(e == 'u' && isUnicodeEscape(pos + 2))) {
                repairs.add("LaTeX backslashes");
                b.append('\\').append(word);
                return wordEnd;
            }
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    if (isUnicodeEscape(pos + 2)) {
                        b.append((char) Integer.parseInt(s.substring(pos + 2, pos + 6), 16));
                        return pos + 6;
                    }
                    repairs.add("LaTeX backslashes");
                    b.append('\\').append(e);
                }
                default -> {
                    // \alpha, \sigma, \mathbb, \( ... : not JSON escapes, so the backslash is the writer's own
                    repairs.add("LaTeX backslashes");
                    b.append('\\').append(e);
                }
            }
            return pos + 2;
        }

        private boolean isUnicodeEscape(int at) {
            if (at + 4 > s.length()) {
                return false;
            }
            for (int i = at; i < at + 4; i++) {
                if (Character.digit(s.charAt(i), 16) < 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
