package io.digestrepair.core.text;

import io.digestrepair.core.Diagnosis;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.FieldStatus;

/**
 * Decides what a field needs: nothing, a translation, or a new text. Thread-safe.
 *
 * <p>In order: no text is {@code MISSING}; a failure text is {@code PLACEHOLDER}; leaked JSON or
 * markup, or a visibly cut text, is {@code SUSPECT}; text in another language than the target is
 * {@code NON_TARGET_LANGUAGE}; the rest is {@code OK}. The detected language is reported for every
 * field with text.
 */
public final class FieldDiagnoser {

    private final String targetLanguage;
    private final LanguageDetector detector;

    /**
     * @param targetLanguage ISO 639-1 code or language name (see {@link TargetLanguage#parse})
     * @param detector       usually {@link LanguageDetector#shared()}
     */
    public FieldDiagnoser(String targetLanguage, LanguageDetector detector) {
        this.targetLanguage = TargetLanguage.orDefault(targetLanguage);
        this.detector = detector;
    }

    /** The ISO 639-1 code fields should be in. */
    public String targetLanguage() {
        return targetLanguage;
    }

    public Diagnosis diagnose(FieldName field, String text) {
        if (text == null || text.isBlank()) {
            return Diagnosis.of(FieldStatus.MISSING, Diagnosis.UNDETERMINED);
        }
        String language = detector.detect(text);
        if (Placeholders.isPlaceholder(text)) {
            return Diagnosis.of(FieldStatus.PLACEHOLDER, language);
        }
        if (SuspectText.reason(text).isPresent()) {
            return Diagnosis.of(FieldStatus.SUSPECT, language);
        }
        if (language.equals(Diagnosis.UNDETERMINED) || language.equals(targetLanguage)) {
            return Diagnosis.of(FieldStatus.OK, language);
        }
        return Diagnosis.of(FieldStatus.NON_TARGET_LANGUAGE, language);
    }
}
