package io.digestrepair.core.text;

/**
 * How many letters of each writing system a text holds, plus the sentence-frame evidence the
 * {@link LanguageDetector} weighs when scripts are mixed (a Chinese sentence naming English models,
 * an English sentence naming a Chinese dataset).
 *
 * @param han            Han ideographs
 * @param kana           Hiragana and Katakana
 * @param hangul         Hangul syllables and jamo
 * @param latin          Latin letters
 * @param latinNonAscii  Latin letters outside ASCII (diacritics, Vietnamese, ...)
 * @param otherLetters   letters of any other script (Cyrillic, Arabic, Greek, ...)
 * @param cjkPunctuation full-width and ideographic punctuation (，。；：（）、...), written only inside CJK prose
 * @param latinWords     runs of Latin letters
 */
public record ScriptProfile(
        int han,
        int kana,
        int hangul,
        int latin,
        int latinNonAscii,
        int otherLetters,
        int cjkPunctuation,
        int latinWords) {

    public static ScriptProfile of(CharSequence text) {
        int han = 0, kana = 0, hangul = 0, latin = 0, latinNonAscii = 0, other = 0, punct = 0, words = 0;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                i++;
                boolean letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
                if (letter) {
                    latin++;
                    if (!inWord) {
                        words++;
                    }
                }
                inWord = letter;
                continue;
            }
            // the blocks CJK prose is made of are letters of one script throughout: no table lookup for them
            if (c >= 0x4E00 && c <= 0x9FFF) {
                i++;
                han++;
                inWord = false;
                continue;
            }
            if (c >= 0xAC00 && c <= 0xD7A3) {
                i++;
                hangul++;
                inWord = false;
                continue;
            }
            if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA)) {
                i++;
                kana++;
                inWord = false;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF65 && !Character.isLetterOrDigit(cp))) {
                punct++;
                inWord = false;
                continue;
            }
            if (!Character.isLetter(cp)) {
                inWord = false;
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean latinLetter = false;
            switch (script) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case LATIN -> {
                    latin++;
                    latinNonAscii++;
                    latinLetter = true;
                }
                default -> other++;
            }
            if (latinLetter && !inWord) {
                words++;
            }
            inWord = latinLetter;
        }
        return new ScriptProfile(han, kana, hangul, latin, latinNonAscii, other, punct, words);
    }

    /** Han, Kana and Hangul together. */
    public int cjk() {
        return han + kana + hangul;
    }

    public int letters() {
        return cjk() + latin + otherLetters;
    }
}
