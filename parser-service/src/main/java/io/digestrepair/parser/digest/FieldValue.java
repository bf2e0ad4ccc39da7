package io.digestrepair.parser.digest;

/**
 * One of a paper's five fields as read.
 *
 * @param text    the value as a reader sees it (escapes undone, line breaks as {@code \n}); empty when missing
 * @param present whether the digest has the field at all (a label, a key); an empty value is present
 * @param slot    where the value is written; null when the field cannot be written (e.g. {@code "AI": 3})
 */
public record FieldValue(String text, boolean present, FieldSlot slot) {
}
