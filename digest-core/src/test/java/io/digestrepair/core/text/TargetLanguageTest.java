package io.digestrepair.core.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TargetLanguageTest {

    @ParameterizedTest
    @CsvSource({
            "English, en", "english, en", "en, en", "EN, en", "en_US:en, en", "en_US.UTF-8, en",
            "Chinese, zh", "zh, zh", "zh-CN, zh", "zh_TW, zh", "Simplified Chinese, zh", "中文, zh",
            "Japanese, ja", "日本語, ja", "Korean, ko", "한국어, ko", "French, fr", "français, fr",
            "German, de", "Deutsch, de", "Spanish, es", "Portuguese, pt", "Vietnamese, vi", "Tiếng Việt, vi"})
    void parses(String value, String expected) {
        assertEquals(expected, TargetLanguage.parse(value));
    }

    @Test
    void unsetMeansEnglish() {
        assertEquals("en", TargetLanguage.orDefault(null));
        assertEquals("en", TargetLanguage.orDefault("  "));
    }

    @Test
    void nonsenseIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> TargetLanguage.parse("Klingonish"));
        assertEquals(true, e.getMessage().contains("Klingonish"));
        assertThrows(IllegalArgumentException.class, () -> TargetLanguage.parse("xq"));
    }
}
