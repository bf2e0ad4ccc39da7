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
        // Guava's scan decodes nothing and allocates nothing (decoding a CJK digest into a String only to look
        // for U+FFFD cost a sixth of parse + diagnose); the JDK's strict decoder stays the reference that
        // says where a digest is broken
        if (com.google.common.base.Utf8.isWellFormed(bytes)) {
            return;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // a small reused buffer keeps the reference decoding allocation-free
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
