package io.digestrepair.parser.http;

import io.digestrepair.parser.diagnosis.DigestDiagnosis;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigurationTest {

    @Test
    void aLanguageThatNamesNoLanguageStopsTheStart() {
        var e = assertThrows(RuntimeException.class,
                () -> ApplicationContext.run(Map.of("parser.language", "Klingonish")).close());
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("Klingonish"), root.getMessage());
    }

    @Test
    void languageNamesAsInThePipelineAreAccepted() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("parser.language", "Chinese"))) {
            assertNotNull(context.getBean(DigestDiagnosis.class));
        }
    }
}
