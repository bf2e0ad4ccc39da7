package io.digestrepair.core.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Where a repaired field came from.
 *
 * @param engine        {@code openai}, {@code ollama} or {@code offline}
 * @param model         the model that wrote it ({@code extractive} for offline)
 * @param mode          {@code TRANSLATE} or {@code GENERATE}
 * @param promptVersion version of the prompt resource, e.g. {@code repair-v1}
 * @param attempts      LLM calls spent on this paper, retries included
 * @param warnings      what went wrong on the way (failed checks, fallbacks)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(String engine, String model, String mode, String promptVersion, int attempts, List<String> warnings) {

    public Provenance {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
