package io.digestrepair.core.text;

import io.digestrepair.core.Diagnosis;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.FieldStatus;

/**
 * Decides what a field needs: nothing, a translation, or a new text.
 *
 * TODO(parser issue): placeholders, suspect text.
 */
public final class FieldDiagnoser {

    private final String targetLanguage;
    private final LanguageDetector detector;

    public FieldDiagnoser(String targetLanguage, LanguageDetector detector) {
        this.targetLanguage = targetLanguage;
        this.detector = detector;
    }

    public String targetLanguage() {
        return targetLanguage;
    }

    public Diagnosis diagnose(FieldName field, String text) {
        if (text == null || text.isBlank()) {
            return Diagnosis.of(FieldStatus.MISSING, Diagnosis.UNDETERMINED);
        }
        String language = detector.detect(text);
        if (!language.equals(targetLanguage)) {
            return Diagnosis.of(FieldStatus.NON_TARGET_LANGUAGE, language);
        }
        return Diagnosis.of(FieldStatus.OK, language);
    }
}
