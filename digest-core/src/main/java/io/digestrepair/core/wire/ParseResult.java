package io.digestrepair.core.wire;

import io.digestrepair.core.DigestFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The answer of {@code POST /parse}; empty lists are written, never left out (NON_NULL, not the default NON_EMPTY). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParseResult(
        DigestFormat format,
        String targetLanguage,
        List<Paper> papers,
        Counts counts,
        List<LineProblem> problems) {

    public ParseResult {
        papers = papers == null ? List.of() : papers;
        problems = problems == null ? List.of() : problems;
    }
}
