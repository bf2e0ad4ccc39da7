package io.digestrepair.core.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * Totals of a parsed digest.
 *
 * @param papers         papers read
 * @param okPapers       papers whose fields are all kept
 * @param papersToRepair papers with at least one field to translate or generate
 * @param fieldStatuses  fields per status name
 * @param fieldActions   fields per action name
 * @param languages      fields per detected language (fields with text only)
 * @param problems       lines that could not be read
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Counts(
        int papers,
        int okPapers,
        int papersToRepair,
        Map<String, Integer> fieldStatuses,
        Map<String, Integer> fieldActions,
        Map<String, Integer> languages,
        int problems) {
}
