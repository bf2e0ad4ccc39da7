package io.digestrepair.core.wire;

import io.digestrepair.core.DigestFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The body of {@code POST /render}: the original digest and the edits to apply. */
@Serdeable
public record RenderRequest(String source, @Nullable DigestFormat format, @Nullable List<Edit> edits) {
}
