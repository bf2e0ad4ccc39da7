package io.digestrepair.parser.http;

import io.digestrepair.core.text.FieldDiagnoser;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.core.text.TargetLanguage;
import io.digestrepair.parser.diagnosis.DigestDiagnosis;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;


@Factory
class DiagnosisFactory {

    /** Fails the start-up on a {@code LANGUAGE} that names no language, rather than diagnosing against a wrong one. */
    @Context
    DigestDiagnosis digestDiagnosis(ParserConfiguration configuration) {
        String target = TargetLanguage.orDefault(configuration.language());
        return new DigestDiagnosis(new FieldDiagnoser(target, LanguageDetector.shared()));
    }
}
