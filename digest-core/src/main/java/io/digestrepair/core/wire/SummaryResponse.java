package io.digestrepair.core.wire;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * The answer for one paper: the repaired fields only, with their provenance,
 * or {@code error} when the paper could not be repaired.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SummaryResponse(
        @Nullable String id,
        @Nullable Map<String, String> fields,
        @Nullable Map<String, Provenance> provenance,
        @Nullable String error) {

    public static SummaryResponse failed(String id, String error) {
        return new SummaryResponse(id, null, null, error);
    }
}
