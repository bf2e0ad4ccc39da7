package io.digestrepair.offline.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens for the role features: lowercase letters, numbers folded to one token so that
 * "3.5%" and "12%" look alike to the model, and the punctuation that carries rhetoric.
 */
public final class Tokenizer {

    /** Every number. */
    public static final String NUMBER = "<num>";
    /** A percent sign, or the word "percent". */
    public static final String PERCENT = "<pct>";

    private Tokenizer() {
    }

    public static List<String> tokens(String sentence) {
        List<String> out = new ArrayList<>(sentence.length() / 5 + 4);
        int n = sentence.length();
        int i = 0;
        StringBuilder word = new StringBuilder(16);
        while (i < n) {
            char c = sentence.charAt(i);
            if (Character.isLetter(c)) {
                word.setLength(0);
                boolean digits = false;
                while (i < n && (Character.isLetterOrDigit(sentence.charAt(i)) || isInnerApostrophe(sentence, i))) {
                    char d = sentence.charAt(i);
                    digits |= Character.isDigit(d);
                    if (d != '\'' && d != '’') {
                        word.append(Character.toLowerCase(d));
                    }
                    i++;
                }
                // "GPT4", "word2vec", "x86": names, not words; their shape is what generalises
                String w = word.toString();
                out.add(digits ? "<alnum>" : w.equals("percent") ? PERCENT : w);
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isDigit(sentence.charAt(i))
                        || ((sentence.charAt(i) == '.' || sentence.charAt(i) == ',') && i + 1 < n
                        && Character.isDigit(sentence.charAt(i + 1))))) {
                    i++;
                }
                out.add(NUMBER);
            } else {
                switch (c) {
                    case '%' -> out.add(PERCENT);
                    case '?', ':', ';', '(', '"', '“', '=' -> out.add(String.valueOf(c == '“' ? '"' : c));
                    default -> { }
                }
                i++;
            }
        }
        return out;
    }

    private static boolean isInnerApostrophe(String s, int i) {
        char c = s.charAt(i);
        return (c == '\'' || c == '’') && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
    }
}
