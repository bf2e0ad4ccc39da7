package io.digestrepair.core.wire;

import io.digestrepair.core.DigestFormat;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The answer of {@code POST /parse}. */
@Serdeable
public record ParseResult(
        DigestFormat format,
        String targetLanguage,
        List<Paper> papers,
        Counts counts,
        List<LineProblem> problems) {
}
