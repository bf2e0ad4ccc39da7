package io.digestrepair.core.text;

import io.digestrepair.core.Action;
import io.digestrepair.core.Diagnosis;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.FieldStatus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FieldDiagnoserTest {

    private final FieldDiagnoser english = new FieldDiagnoser("en", LanguageDetector.shared());

    @Test
    void statusesAndActions() {
        assertDiagnosis(FieldStatus.MISSING, "und", Action.GENERATE, english.diagnose(FieldName.TLDR, ""));
        assertDiagnosis(FieldStatus.MISSING, "und", Action.GENERATE, english.diagnose(FieldName.TLDR, null));
        assertDiagnosis(FieldStatus.PLACEHOLDER, "en", Action.GENERATE,
                english.diagnose(FieldName.TLDR, "Summary generation failed"));
        assertDiagnosis(FieldStatus.SUSPECT, "en", Action.GENERATE,
                english.diagnose(FieldName.METHOD, "{\"method\": \"We propose a new sampler.\"}"));
        assertDiagnosis(FieldStatus.NON_TARGET_LANGUAGE, "zh", Action.TRANSLATE,
                english.diagnose(FieldName.RESULT, "实验表明该方法在三个基准上优于现有方法。"));
        assertDiagnosis(FieldStatus.OK, "en", Action.KEEP,
                english.diagnose(FieldName.RESULT, "The method beats the baselines on three benchmarks."));
    }

    @Test
    void targetLanguageDecidesWhatIsForeign() {
        FieldDiagnoser chinese = new FieldDiagnoser("Chinese", LanguageDetector.shared());
        assertEquals("zh", chinese.targetLanguage());
        assertDiagnosis(FieldStatus.OK, "zh", Action.KEEP, chinese.diagnose(FieldName.TLDR, "本文提出了一种新的方法。"));
        assertDiagnosis(FieldStatus.NON_TARGET_LANGUAGE, "en", Action.TRANSLATE,
                chinese.diagnose(FieldName.TLDR, "The method beats the baselines on three benchmarks."));
        assertEquals("en", new FieldDiagnoser(null, LanguageDetector.shared()).targetLanguage());
    }

    private static void assertDiagnosis(FieldStatus status, String language, Action action, Diagnosis d) {
        assertEquals(status, d.status(), d.toString());
        assertEquals(language, d.language(), d.toString());
        assertEquals(action, d.action(), d.toString());
    }
}
