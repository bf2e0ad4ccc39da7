package io.digestrepair.parser.digest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Checks that a digest is UTF-8 before anything is read from it, and says where it is not. */
public final class Utf8 {

    private Utf8() {
    }

    /** @throws DigestReadException naming the line and byte of the first invalid sequence */
    public static void requireValid(byte[] bytes) {
        // the String decoder is many times faster (vectorised) and replaces what is invalid by U+FFFD: without
        // one the bytes are valid, with one (invalid, or a U+FFFD the text holds) the strict decoder says which
        if (new String(bytes, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0) {
            return;
        }
        // The JDK's decoder is the reference; decoding into a small reused buffer keeps it allocation-free.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int at = in.position();
                throw new DigestReadException(lineOf(bytes, at),
                        "invalid UTF-8 at byte " + at + " (0x" + String.format("%02X", bytes[at] & 0xFF)
                                + "): a digest is UTF-8 text");
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        decoder.flush(out);
    }

    /** 1-based line holding the byte at {@code offset}. */
    public static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
