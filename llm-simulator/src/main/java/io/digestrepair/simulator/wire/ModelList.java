package io.digestrepair.simulator.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The answer of {@code GET /v1/models}. */
@Serdeable
public record ModelList(String object, List<Model> data) {

    @Serdeable
    public record Model(String id, String object, long created, @JsonProperty("owned_by") String ownedBy) {
    }
}
