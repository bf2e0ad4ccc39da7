package io.digestrepair.parser.digest;

/**
 * Where a field's value sits in the digest's bytes, and how a new value is written there.
 * A renderer replaces {@code [start, end)} with {@code before + encoded value + after}.
 *
 * @param start  first byte of the value's raw text (or the insertion point)
 * @param end    byte after it ({@code == start} for an insertion)
 * @param before written before the encoded value (a label, an opening quote) when the value is inserted
 * @param after  written after it
 * @param group  for insertions: how values inserted at the same point are joined; null for an in-place value
 */
public record FieldSlot(long start, long end, String before, String after, InsertionGroup group) {

    /** A value written in place of the bytes it occupies. */
    public static FieldSlot inPlace(long start, long end) {
        return new FieldSlot(start, end, "", "", null);
    }

    public boolean isInsertion() {
        return group != null;
    }

    /**
     * Values inserted at one point, written as {@code open + v1 + separator + v2 ... + close}
     * (e.g. the members added to a JSON object, or a whole {@code "AI": {...}} object).
     */
    public record InsertionGroup(String open, String separator, String close) {
        public static final InsertionGroup PLAIN = new InsertionGroup("", "", "");
    }
}
