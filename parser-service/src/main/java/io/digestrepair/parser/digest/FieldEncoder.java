package io.digestrepair.parser.digest;

/** Writes a field's new text in a digest format's own terms, so that reading it back gives the same text. */
@FunctionalInterface
public interface FieldEncoder {
    String encode(String text);
}
