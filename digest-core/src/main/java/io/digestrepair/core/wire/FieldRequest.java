package io.digestrepair.core.wire;

import io.digestrepair.core.Action;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A field as sent to the summarizer: its current text and what to do with it. */
@Serdeable
public record FieldRequest(@Nullable String text, Action action) {
}
