package io.digestrepair.parser.markdown;

/**
 * A line's raw bytes seen as characters, without decoding: the layout's markers are ASCII, and a
 * non-ASCII byte shows as a character above 0x7F that matches none of them.
 */
final class ByteView implements CharSequence {

    private final byte[] bytes;
    private final int start;
    private final int end;

    ByteView(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.start = start;
        this.end = end;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        return (char) (bytes[start + index] & 0xFF);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new ByteView(bytes, start + from, start + to);
    }

    @Override
    public String toString() {
        return new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
    }
}
