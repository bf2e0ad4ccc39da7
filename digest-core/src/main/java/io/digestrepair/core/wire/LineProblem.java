package io.digestrepair.core.wire;

import io.micronaut.serde.annotation.Serdeable;

/** Something in the digest that could not be read; the renderer leaves it untouched. */
@Serdeable
public record LineProblem(int line, String message) {
}
