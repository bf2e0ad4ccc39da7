package io.digestrepair.core.text;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.digestrepair.core.Diagnosis;

import java.util.Locale;

/**
 * Tells the language of a field's text as an ISO 639-1 code ({@code "en"}, {@code "zh"}, {@code "ja"},
 * {@code "ko"}, {@code "fr"}, ...), or {@link Diagnosis#UNDETERMINED} when the text has no letters.
 * Thread-safe; build once and share ({@link #shared()}).
 *
 * <p>Almost every field of a digest is CJK prose, so scripts decide first and cheaply: Han, Kana and
 * Hangul against Latin letters, and where the two mix (a Chinese sentence full of English model
 * names, an English sentence naming a Chinese dataset) the sentence's grammatical glue decides
 * ({@link SentenceFrames}). Lingua, restricted to the languages a digest may be written in and built
 * lazily on first use, is asked only about Latin-script and other-script text.
 *
 * <p>Lingua alone calls about one English paper title in twenty French, Catalan or Dutch (technical
 * vocabulary fools character n-grams). So English function words are a fast path to {@code en}, and an
 * ASCII-only text that Lingua gives to another language stays English unless it has that language's
 * function words: over 5,000 corpus titles this leaves a handful wrong, against 250 for Lingua alone.
 */
public final class LanguageDetector {

    /** The languages Lingua chooses among: those the pipeline's forks write summaries in. */
    static final Language[] LINGUA_LANGUAGES = {
            Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE,
            Language.ITALIAN, Language.DUTCH, Language.VIETNAMESE, Language.INDONESIAN, Language.TURKISH,
            Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN, Language.ARABIC, Language.PERSIAN,
            Language.HINDI, Language.GREEK, Language.HEBREW, Language.THAI};

    /** A field's language shows in its first few thousand characters; a huge one is judged on those. */
    static final int SAMPLE_CHARS = 4000;

    /** Weight of one CJK character against one Latin letter: a Han character carries about a word's worth. */
    private static final double CJK_WEIGHT = 3.0;

    private static final LanguageDetector SHARED = new LanguageDetector();

    public static LanguageDetector shared() {
        return SHARED;
    }

    /** Holder idiom: Lingua's models load on first use of a Latin-script text, not at class load. */
    private static final class Lingua {
        static final com.github.pemistahl.lingua.api.LanguageDetector DETECTOR =
                LanguageDetectorBuilder.fromLanguages(LINGUA_LANGUAGES).withLowAccuracyMode().build();
    }

    private LanguageDetector() {
    }

    /** ISO 639-1 code of the text's language, {@link Diagnosis#UNDETERMINED} when there is nothing to judge. */
    public String detect(CharSequence text) {
        if (text == null) {
            return Diagnosis.UNDETERMINED;
        }
        if (text.length() > SAMPLE_CHARS) {
            text = text.subSequence(0, SAMPLE_CHARS);
        }
        ScriptProfile profile = ScriptProfile.of(text);
        if (profile.letters() == 0) {
            return Diagnosis.UNDETERMINED;
        }
        if (profile.cjk() > 0 && isCjkProse(text, profile)) {
            return cjkLanguage(profile);
        }
        if (profile.otherLetters() > profile.latin()) {
            return lingua(text.toString());
        }
        double english = SentenceFrames.english(text);
        if (english >= 2) {
            return "en";
        }
        boolean asciiOnly = profile.latinNonAscii() == 0;
        if (asciiOnly && english >= 1) {
            return "en";
        }
        String language = lingua(text.toString());
        // technical English without function words (a title-like TL;DR) is where Lingua errs; a text in
        // another Latin-script language has that language's diacritics or function words. With some English
        // glue, an opening name spelt like a function word ("Nous requires no external ...") is no evidence.
        if (!language.equals("en") && asciiOnly
                && (profile.latinWords() <= 4 || SentenceFrames.foreign(text, language) == 0
                || english > 0 && SentenceFrames.foreignAfterOpening(text, language) == 0)) {
            return "en";
        }
        return language;
    }

    private static boolean isCjkProse(CharSequence text, ScriptProfile p) {
        double cjk = CJK_WEIGHT * p.cjk();
        double share = cjk / (cjk + p.latin() + p.otherLetters());
        if (share >= 0.6) {
            return true;
        }
        // Kana particles and Hangul words are themselves sentence glue
        double cjkFrame = p.cjkPunctuation() + SentenceFrames.chinese(text) + p.kana() + p.hangul() / 2.0;
        double englishFrame = SentenceFrames.english(text);
        if (cjkFrame != englishFrame) {
            return cjkFrame > englishFrame;
        }
        return share >= 0.35;
    }

    private static String cjkLanguage(ScriptProfile p) {
        if (p.hangul() * 2 >= p.cjk()) {
            return "ko";
        }
        if (p.kana() >= 2 || (p.kana() >= 1 && p.kana() * 20 >= p.cjk())) {
            return "ja";
        }
        return "zh";
    }

    private static String lingua(String text) {
        Language language = Lingua.DETECTOR.detectLanguageOf(text);
        if (language == Language.UNKNOWN) {
            return Diagnosis.UNDETERMINED;
        }
        IsoCode639_1 iso = language.getIsoCode639_1();
        return iso.toString().toLowerCase(Locale.ROOT);
    }
}
