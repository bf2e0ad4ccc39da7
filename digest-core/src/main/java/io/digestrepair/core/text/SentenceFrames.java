package io.digestrepair.core.text;

import java.util.Set;

/**
 * The grammatical glue of a sentence tells its language better than its nouns: summaries are full of
 * English model names whatever language they are written in, but only English prose says "the",
 * "with" or "which", and only Chinese prose says 的, 在 or 通过.
 */
final class SentenceFrames {

    /** English words no other supported Latin-script language writes. */
    private static final Set<String> STRONG_ENGLISH = Set.of(
            "the", "and", "with", "this", "that", "these", "those", "which", "from", "our", "we", "are",
            "by", "to", "its", "their", "than", "into", "through", "across", "between", "while", "using",
            "based", "via", "can", "has", "have", "been", "were", "it", "such", "both", "also", "not",
            "how", "what", "when", "where", "more", "show", "shows", "propose", "proposes", "proposed",
            "achieves", "improves", "outperforms", "without", "under", "over", "they", "them", "each",
            "only", "then", "there", "would", "should", "could", "however", "whether", "about");

    /** English words that other languages write too ("in", "a", "is", "of" in Dutch...): half weight. */
    private static final Set<String> WEAK_ENGLISH = Set.of(
            "of", "a", "in", "is", "on", "an", "as", "for", "or", "be", "at", "do");

    private SentenceFrames() {
    }

    /** English function words in the text: 1 per distinctive word, 0.5 per shared one. */
    static double english(CharSequence text) {
        double score = 0;
        int n = text.length();
        int i = 0;
        StringBuilder word = new StringBuilder(16);
        while (i < n) {
            char c = text.charAt(i);
            if (isAsciiLetter(c)) {
                int start = i;
                while (i < n && isAsciiLetter(text.charAt(i))) {
                    i++;
                }
                // a letter run glued to a non-ASCII letter is not an English word (e.g. "für")
                boolean glued = (start > 0 && Character.isLetter(text.charAt(start - 1)))
                        || (i < n && Character.isLetter(text.charAt(i)));
                int len = i - start;
                if (!glued && len <= 11) {
                    word.setLength(0);
                    for (int k = start; k < i; k++) {
                        word.append((char) (text.charAt(k) | 0x20));
                    }
                    String w = word.toString();
                    if (STRONG_ENGLISH.contains(w)) {
                        score += 1;
                    } else if (WEAK_ENGLISH.contains(w)) {
                        score += 0.5;
                    }
                }
            } else {
                i++;
            }
        }
        return score;
    }

    /** Chinese function characters in the text. */
    static int chinese(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (CHINESE_FUNCTION_CHARS.indexOf(text.charAt(i)) >= 0) {
                count++;
            }
        }
        return count;
    }

    private static final String CHINESE_FUNCTION_CHARS = "的了在是和与及对并将为于该本其而或被从由到也都这之所以通过使得可能上中等";

    private static boolean isAsciiLetter(char c) {
        return c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
}
