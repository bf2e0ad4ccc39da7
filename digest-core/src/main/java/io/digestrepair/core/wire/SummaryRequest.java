package io.digestrepair.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * The body of {@code POST /summaries}: one paper and what each field needs.
 * Fields with action {@code KEEP} are context the answer must stay consistent with.
 */
@Serdeable
public record SummaryRequest(
        @Nullable String id,
        @Nullable String title,
        @JsonProperty("abstract") @Nullable String abstractText,
        @Nullable String targetLanguage,
        @Nullable Map<String, FieldRequest> fields) {
}
