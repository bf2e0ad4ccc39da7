package io.digestrepair.core.text;

import java.util.Locale;
import java.util.Map;

/**
 * The language a digest should be in, as an ISO 639-1 code. The pipeline's {@code LANGUAGE} variable
 * names it in words ("English", "Chinese"); people also write codes ("en", "zh-CN") or, since
 * {@code LANGUAGE} is also gettext's variable, a locale list ("en_US:en").
 */
public final class TargetLanguage {

    /** The environment variable, as in the pipeline. */
    public static final String VARIABLE = "LANGUAGE";

    /** English, the default when {@code LANGUAGE} is unset. */
    public static final String DEFAULT = "en";

    /** Names Locale does not give for a language (it says "Chinese", not "Simplified Chinese"). */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("simplified chinese", "zh"), Map.entry("traditional chinese", "zh"),
            Map.entry("chinese simplified", "zh"), Map.entry("chinese traditional", "zh"),
            Map.entry("mandarin", "zh"), Map.entry("简体中文", "zh"), Map.entry("繁體中文", "zh"),
            Map.entry("繁体中文", "zh"), Map.entry("中文", "zh"), Map.entry("汉语", "zh"),
            Map.entry("brazilian portuguese", "pt"), Map.entry("farsi", "fa"));

    private TargetLanguage() {
    }

    /** The target language from {@code LANGUAGE}; English when unset or blank. */
    public static String fromEnvironment() {
        return orDefault(System.getenv(VARIABLE));
    }

    /** {@link #parse} for a value that may be unset: null or blank means English. */
    public static String orDefault(String value) {
        return value == null || value.isBlank() ? DEFAULT : parse(value);
    }

    /**
     * ISO 639-1 code for a language name or code.
     *
     * @throws IllegalArgumentException when the value names no language
     */
    public static String parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no language given");
        }
        String v = value.strip();
        int colon = v.indexOf(':');
        if (colon > 0) {
            v = v.substring(0, colon);
        }
        v = v.replaceAll("[.@].*$", "").replace('_', '-').strip();
        if (v.equalsIgnoreCase("C") || v.equalsIgnoreCase("POSIX")) {
            return DEFAULT;
        }
        if (v.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            String code = Locale.forLanguageTag(v).getLanguage();
            if (isIsoLanguage(code)) {
                return code;
            }
        }
        String name = v.toLowerCase(Locale.ROOT).replaceAll("[()]", " ").replaceAll("\\s+", " ").strip();
        String alias = ALIASES.get(name);
        if (alias != null) {
            return alias;
        }
        for (String iso : Locale.getISOLanguages()) {
            Locale locale = Locale.of(iso);
            if (name.equalsIgnoreCase(locale.getDisplayLanguage(Locale.ENGLISH))
                    || name.equalsIgnoreCase(locale.getDisplayLanguage(locale))) {
                return iso;
            }
        }
        throw new IllegalArgumentException("'" + value + "' names no language: use a name such as English or "
                + "Chinese, or an ISO 639-1 code such as en or zh");
    }

    private static boolean isIsoLanguage(String code) {
        if (code.length() == 2) {
            for (String iso : Locale.getISOLanguages()) {
                if (iso.equals(code)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }
}
