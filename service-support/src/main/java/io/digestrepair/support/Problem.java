package io.digestrepair.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem detail, extended with where in the client's input the problem is.
 *
 * @param line  1-based line of the input the problem is on, when it is about one line
 * @param field the field (JSON property, digest field) the problem is about
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        @Nullable Integer line,
        @Nullable String field) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
