package io.digestrepair.core.wire;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Replace one field's text.
 *
 * @param index the paper's {@link Paper#index()}
 * @param field the field key ({@code tldr}, {@code motivation}, ...)
 * @param text  the new text, as a reader should see it (the renderer escapes it for the format)
 */
@Serdeable
public record Edit(int index, String field, String text) {
}
