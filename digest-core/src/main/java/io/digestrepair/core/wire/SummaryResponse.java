package io.digestrepair.core.wire;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * The answer for one paper: the repaired fields only, with their provenance,
 * or {@code error} when the paper could not be repaired; {@code usage} what its LLM calls cost (absent when none
 * was made), {@code llm} why the LLM could not be used for it (absent when it could).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SummaryResponse(
        @Nullable String id,
        @Nullable Map<String, String> fields,
        @Nullable Map<String, Provenance> provenance,
        @Nullable String error,
        @Nullable LlmUsage usage,
        @Nullable LlmState llm) {

    @Creator
    public SummaryResponse {
    }

    public SummaryResponse(@Nullable String id, @Nullable Map<String, String> fields,
                           @Nullable Map<String, Provenance> provenance, @Nullable String error) {
        this(id, fields, provenance, error, null, null);
    }

    public static SummaryResponse failed(String id, String error) {
        return new SummaryResponse(id, null, null, error);
    }

    /** This answer with what its calls cost and, when the LLM could not be used for it, why. */
    public SummaryResponse with(@Nullable LlmUsage usage, @Nullable LlmState llm) {
        return new SummaryResponse(id, fields, provenance, error, usage, llm);
    }
}
