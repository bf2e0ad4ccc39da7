package io.digestrepair.summarizer.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Characters of a script the target language does not write, that the paper itself does not contain: an
 * English answer with "ー", "我们" or "연구" in it, a Japanese one with hangul. The language detector reads such
 * an answer as English (a few characters in a long sentence), so this is a rule of its own. A run the paper's
 * title or abstract contains is kept: an English field may quote a Chinese dataset name the abstract gives.
 * Scripts: Han, kana (with the prolonged sound mark U+30FC, whose Unicode script is Common), hangul, bopomofo,
 * and CJK or full-width punctuation.
 */
public final class StrayScript {

    private enum Kind { HAN, KANA, HANGUL, BOPOMOFO, PUNCTUATION }

    private StrayScript() {
    }

    /** The runs of {@code text} in scripts {@code targetLanguage} does not write and {@code paperText} lacks. */
    public static List<String> stray(String text, String targetLanguage, String paperText) {
        Set<Kind> allowed = allowed(targetLanguage);
        Set<String> runs = new LinkedHashSet<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Kind kind = kind(cp);
            if (kind != null && !allowed.contains(kind)) {
                run.appendCodePoint(cp);
            } else if (!run.isEmpty()) {
                runs.add(run.toString());
                run.setLength(0);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run.toString());
        }
        List<String> stray = new ArrayList<>();
        for (String r : runs) {
            if (paperText == null || !paperText.contains(r)) {
                stray.add(r);
            }
        }
        return stray;
    }

    /** What the target language writes besides Latin letters. */
    private static Set<Kind> allowed(String language) {
        return switch (language == null ? "" : language) {
            case "zh" -> Set.of(Kind.HAN, Kind.BOPOMOFO, Kind.PUNCTUATION);
            case "ja" -> Set.of(Kind.HAN, Kind.KANA, Kind.PUNCTUATION);
            case "ko" -> Set.of(Kind.HANGUL, Kind.HAN, Kind.PUNCTUATION);
            default -> Set.of();
        };
    }

    private static Kind kind(int cp) {
        if (cp < 0x2E80) {
            return null;
        }
        if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF65 && !Character.isLetterOrDigit(cp))
                || (cp >= 0xFE30 && cp <= 0xFE4F)) {
            return Kind.PUNCTUATION;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block == Character.UnicodeBlock.KATAKANA || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS) {
            return Kind.KANA;
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case HAN -> Kind.HAN;
            case HIRAGANA, KATAKANA -> Kind.KANA;
            case HANGUL -> Kind.HANGUL;
            case BOPOMOFO -> Kind.BOPOMOFO;
            default -> null;
        };
    }
}
