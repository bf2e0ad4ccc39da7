package io.digestrepair.core.text;

import java.util.Map;
import java.util.Set;

/**
 * The grammatical glue of a sentence tells its language better than its nouns: summaries are full of
 * English model names whatever language they are written in, but only English prose says "the",
 * "with" or "which", and only Chinese prose says 的, 在 or 通过.
 */
public final class SentenceFrames {

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

    /**
     * Function words of the other Latin-script languages, without those English also writes
     * ("in", "a", "as", "no", "to"...): a text in one of them has some.
     */
    private static final Map<String, Set<String>> FOREIGN = Map.ofEntries(
            Map.entry("fr", Set.of("le", "la", "les", "des", "du", "de", "et", "un", "une", "pour", "dans", "sur", "par",
                    "est", "au", "aux", "que", "qui", "nous", "ce", "cette", "avec", "sont", "ou", "en")),
            Map.entry("de", Set.of("der", "die", "das", "und", "ist", "mit", "fur", "fuer", "von", "zu", "den", "dem", "ein",
                    "eine", "einer", "einen", "im", "auf", "des", "nicht", "sich", "wir", "werden", "wird", "zur", "zum",
                    "bei", "oder", "aus", "durch", "sind")),
            Map.entry("es", Set.of("el", "la", "los", "las", "de", "del", "y", "en", "un", "una", "para", "por", "con",
                    "que", "es", "se", "su", "sus", "al", "lo", "como", "mas")),
            Map.entry("pt", Set.of("o", "os", "de", "do", "da", "dos", "das", "e", "em", "um", "uma", "para", "com", "que",
                    "na", "nos", "por", "se", "ao", "pela", "pelo", "seu", "sua")),
            Map.entry("it", Set.of("il", "lo", "la", "gli", "le", "di", "del", "della", "dei", "e", "un", "una", "per",
                    "con", "che", "non", "sono", "nel", "nella", "da", "questo", "questa")),
            Map.entry("nl", Set.of("de", "het", "een", "van", "en", "dat", "op", "te", "voor", "met", "zijn", "niet",
                    "die", "worden", "wordt", "door", "naar", "ook")),
            Map.entry("id", Set.of("yang", "dan", "di", "ini", "itu", "untuk", "dengan", "dari", "pada", "dalam",
                    "adalah", "ke", "tidak", "akan", "oleh", "kami")),
            Map.entry("vi", Set.of("cua", "cac", "va", "nhung", "duoc", "trong", "cho", "voi", "la", "mot", "chung", "toi")),
            Map.entry("tr", Set.of("bir", "ve", "bu", "icin", "ile", "da", "de", "olan", "olarak", "daha")),
            Map.entry("pl", Set.of("w", "z", "na", "sie", "jest", "nie", "oraz", "ze", "dla", "od", "przez")));

    /** The languages of {@link #FOREIGN}, in a fixed order, and for each function word the languages that write it (bit i: language i). */
    private static final java.util.List<String> FOREIGN_LANGUAGES = java.util.List.copyOf(new java.util.TreeSet<>(FOREIGN.keySet()));
    private static final Map<String, Integer> FOREIGN_BY_WORD;

    static {
        Map<String, Integer> byWord = new java.util.HashMap<>();
        for (int l = 0; l < FOREIGN_LANGUAGES.size(); l++) {
            for (String w : FOREIGN.get(FOREIGN_LANGUAGES.get(l))) {
                byWord.merge(w, 1 << l, (a, b) -> a | b);
            }
        }
        FOREIGN_BY_WORD = Map.copyOf(byWord);
    }

    /** Weight of one CJK character against one Latin letter, as the {@link LanguageDetector} weighs them. */
    private static final int CJK_WEIGHT = 3;

    private SentenceFrames() {
    }

    /**
     * Whether a text reads as another language than English, judged without Lingua (cheap enough for every
     * sentence of an abstract, and free of its language models): mostly letters of another script, or
     * Latin-script prose with at least two function words of one other language and more than twice as many
     * as its English ones ("de-en and en-de directions" stays English).
     */
    public static boolean readsAsOtherLanguage(CharSequence text) {
        ScriptProfile p = ScriptProfile.of(text);
        if (CJK_WEIGHT * p.cjk() + p.otherLetters() > p.latin()) {
            return true;
        }
        // one pass, one lookup a word: the offline engine asks this of every sentence it reads
        double english = 0;
        int[] counts = new int[FOREIGN_LANGUAGES.size()];
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isAsciiLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isAsciiLetter(text.charAt(i))) {
                i++;
            }
            boolean glued = (start > 0 && Character.isLetter(text.charAt(start - 1)))
                    || (i < n && Character.isLetter(text.charAt(i)));
            if (glued || i - start > 11) {
                continue; // no function word is that long
            }
            String w = text.subSequence(start, i).toString().toLowerCase(java.util.Locale.ROOT);
            if (STRONG_ENGLISH.contains(w)) {
                english += 1;
            } else if (WEAK_ENGLISH.contains(w)) {
                english += 0.5;
            }
            Integer languages = FOREIGN_BY_WORD.get(w);
            if (languages != null) {
                for (int l = 0; l < counts.length; l++) {
                    if ((languages & (1 << l)) != 0) {
                        counts[l]++;
                    }
                }
            }
        }
        for (int count : counts) {
            if (count >= 2 && count > 2 * english) {
                return true;
            }
        }
        return false;
    }

    /**
     * Function words of the given Latin-script language in the text; -1 when the language has no list
     * here (then there is no evidence either way).
     */
    static int foreign(CharSequence text, String language) {
        Set<String> words = FOREIGN.get(language);
        if (words == null) {
            return -1;
        }
        int count = 0;
        for (String w : asciiWords(text)) {
            if (words.contains(w)) {
                count++;
            }
        }
        return count;
    }

    /**
     * As {@link #foreign(CharSequence, String)}, without a capitalised first word: a sentence may open with
     * a name that is spelt like a function word ("Nous requires no external vector database", "Die Hard").
     */
    static int foreignAfterOpening(CharSequence text, String language) {
        int count = foreign(text, language);
        if (count <= 0) {
            return count;
        }
        int i = 0;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || !Character.isUpperCase(text.charAt(i))) {
            return count;
        }
        int end = i;
        while (end < text.length() && isAsciiLetter(text.charAt(end))) {
            end++;
        }
        String first = text.subSequence(i, end).toString().toLowerCase(java.util.Locale.ROOT);
        return FOREIGN.get(language).contains(first) ? count - 1 : count;
    }

    /** Lower-cased ASCII words, each a whole word (not glued to a non-ASCII letter). */
    private static java.util.List<String> asciiWords(CharSequence text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (isAsciiLetter(text.charAt(i))) {
                int start = i;
                while (i < n && isAsciiLetter(text.charAt(i))) {
                    i++;
                }
                boolean glued = (start > 0 && Character.isLetter(text.charAt(start - 1)))
                        || (i < n && Character.isLetter(text.charAt(i)));
                if (!glued) {
                    out.add(text.subSequence(start, i).toString().toLowerCase(java.util.Locale.ROOT));
                }
            } else {
                i++;
            }
        }
        return out;
    }

    /** English function words in the text: 1 per distinctive word, 0.5 per shared one. */
    static double english(CharSequence text) {
        return english(asciiWords(text));
    }

    private static double english(java.util.List<String> words) {
        double score = 0;
        for (String w : words) {
            if (w.length() > 11) {
                continue;
            }
            if (STRONG_ENGLISH.contains(w)) {
                score += 1;
            } else if (WEAK_ENGLISH.contains(w)) {
                score += 0.5;
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
