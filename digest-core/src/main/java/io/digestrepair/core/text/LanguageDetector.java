package io.digestrepair.core.text;

import io.digestrepair.core.Diagnosis;

/**
 * Tells the language of a field's text as an ISO 639-1 code.
 * Thread-safe; build once and share ({@link #shared()}).
 *
 * TODO(parser issue): script fast path + Lingua for Latin-script text.
 */
public final class LanguageDetector {

    private static final LanguageDetector SHARED = new LanguageDetector();

    public static LanguageDetector shared() {
        return SHARED;
    }

    /** ISO 639-1 code of the text's language, {@link Diagnosis#UNDETERMINED} when there is nothing to judge. */
    public String detect(CharSequence text) {
        int han = 0, kana = 0, hangul = 0, latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            switch (s) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case LATIN -> latin++;
                default -> { }
            }
        }
        if (hangul > 0 && hangul >= han) return "ko";
        if (kana > 0) return "ja";
        if (han > 0) return "zh";
        if (latin > 0) return "en";
        return Diagnosis.UNDETERMINED;
    }
}
