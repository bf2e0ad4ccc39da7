package io.digestrepair.core.wire;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One of a paper's five fields as found in a digest.
 *
 * @param text     the field's value, unescaped (what a reader sees); empty when missing
 * @param status   diagnosis
 * @param language ISO 639-1 code, {@code "und"} when undetermined
 * @param action   what a repair does with it
 * @param span     [start, end) in UTF-8 bytes of the digest where the value's raw text sits;
 *                 for a missing field, an empty span where a value would be inserted, or null
 *                 when the field cannot be inserted
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Field(String text, FieldStatus status, String language, Action action, List<Long> span) {
}
