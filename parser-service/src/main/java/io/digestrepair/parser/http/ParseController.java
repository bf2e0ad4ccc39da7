package io.digestrepair.parser.http;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.text.FieldDiagnoser;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.core.text.TargetLanguage;
import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.parser.diagnosis.DigestDiagnosis;
import io.digestrepair.parser.digest.ParsedDigest;
import io.digestrepair.support.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** {@code POST /parse}: a digest in, every paper with its fields' diagnosis out. */
@Controller
public class ParseController {

    private final DigestDiagnosis diagnosis;
    private final DigestWork work;

    ParseController(DigestDiagnosis diagnosis, DigestWork work) {
        this.diagnosis = diagnosis;
        this.work = work;
    }

    /**
     * @param format   {@code markdown} or {@code jsonl}, overriding the media type
     * @param language target language for this request, overriding {@code LANGUAGE}
     */
    @Post("/parse")
    @Consumes(MediaType.ALL)
    @Produces(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public ParseResult parse(@Body @Nullable byte[] body,
                             @Header("Content-Type") @Nullable MediaType contentType,
                             @QueryValue @Nullable String format,
                             @QueryValue @Nullable String language) {
        DigestFormat declared = format != null ? formatParameter(format) : DigestInput.formatOf(contentType);
        DigestDiagnosis target = diagnosisFor(language);
        return work.run(() -> {
            ParsedDigest digest = DigestInput.read(body, declared, "body", HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            return target.diagnose(digest);
        });
    }

    private DigestDiagnosis diagnosisFor(String language) {
        if (language == null || language.isBlank()) {
            return diagnosis;
        }
        try {
            return new DigestDiagnosis(new FieldDiagnoser(TargetLanguage.parse(language), LanguageDetector.shared()));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, e.getMessage(), null, "language");
        }
    }

    private static DigestFormat formatParameter(String format) {
        DigestFormat f = DigestFormat.of(format);
        if (f == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "format '" + format + "' is neither markdown nor jsonl", null, "format");
        }
        return f;
    }
}
