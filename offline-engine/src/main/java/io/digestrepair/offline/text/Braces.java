package io.digestrepair.offline.text;

/** TeX brace groups, as the splitter and the cleaner both read them: a backslash escapes the next character. */
final class Braces {

    private Braces() {
    }

    /**
     * Index of the brace closing the one at {@code open}, looking at most {@code limit} characters
     * ahead; -1 when the group is not closed by then.
     */
    static int closing(String s, int open, int limit) {
        int depth = 0;
        int end = (int) Math.min(s.length(), (long) open + limit + 1);
        for (int i = open; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
