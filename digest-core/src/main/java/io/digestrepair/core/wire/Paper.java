package io.digestrepair.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.digestrepair.core.Action;
import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * A paper as parsed from a digest.
 *
 * @param index    position in the digest, from 0; edits address papers by it
 * @param id       arXiv id when known (e.g. {@code 2606.07558}), else null
 * @param title    title
 * @param url      link to the paper
 * @param authors  authors, in order
 * @param category main category (e.g. {@code cs.CV})
 * @param abstractText the abstract, with hard wraps kept
 * @param action   {@code KEEP} when every field is kept, else the strongest field action
 * @param fields   the five fields by key ({@code tldr}, {@code motivation}, ...)
 * @param line     1-based line where the paper starts in the digest
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Paper(
        int index,
        @Nullable String id,
        String title,
        @Nullable String url,
        List<String> authors,
        @Nullable String category,
        @JsonProperty("abstract") String abstractText,
        Action action,
        Map<String, Field> fields,
        int line) {
}
