package io.digestrepair.parser.digest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class Utf8Test {

    @Test
    void validTextPassesAlsoWhenItHoldsAReplacementCharacter() {
        assertDoesNotThrow(() -> Utf8.requireValid("TL;DR: 中文 and \uFFFD as written\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyScriptAndPlaneIsValid() {
        assertDoesNotThrow(() -> Utf8.requireValid(
                "ASCII é ß 中文 かな 한국어 \u0800 \uD7FF \uE000 \uFFFF 😀 \uDBFF\uDFFF\n".getBytes(StandardCharsets.UTF_8)));
        assertDoesNotThrow(() -> Utf8.requireValid(new byte[0]));
    }

    @Test
    void invalidBytesAreNamedWithTheirLine() {
        byte[] bytes = "line one\nline two \u00e9\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xFF; // the second byte of é
        DigestReadException e = assertThrows(DigestReadException.class, () -> Utf8.requireValid(bytes));
        assertTrue(e.getMessage().contains("invalid UTF-8 at byte"), e.getMessage());
        assertEquals(2, e.line());
    }

    /** Each bad sequence placed on line 3 after "ab": the message names the byte where the JDK's decoder stops. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "lone continuation byte, 80, 0, 80",
            "overlong two-byte slash, c0af, 0, C0",
            "overlong C1, c1bf, 0, C1",
            "overlong three-byte, e080af, 0, E0",
            "overlong four-byte, f08080af, 0, F0",
            "high surrogate, eda080, 0, ED",
            "low surrogate, edbfbf, 0, ED",
            "above U+10FFFF, f4908080, 0, F4",
            "lead byte F5, f5808080, 0, F5",
            "byte FF, ff, 0, FF",
            "three-byte cut by ASCII, e4b841, 0, E4",
            "two-byte cut by a newline, c30a, 0, C3",
            "valid then stray continuation, c3a9bf, 2, BF"})
    void badSequencesAreRefusedAtTheirFirstByte(String what, String hex, int offset, String named) {
        byte[] bytes = concat("x\ny\nab".getBytes(StandardCharsets.UTF_8), HexFormat.of().parseHex(hex), "cd\n".getBytes(StandardCharsets.UTF_8));
        DigestReadException e = assertThrows(DigestReadException.class, () -> Utf8.requireValid(bytes), what);
        int at = 6 + offset;
        assertEquals("invalid UTF-8 at byte " + at + " (0x" + named + "): a digest is UTF-8 text", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void aSequenceCutByTheEndOfTheDigestIsRefused() {
        byte[] bytes = concat("TL;DR: 中".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE6, (byte) 0x96});
        DigestReadException e = assertThrows(DigestReadException.class, () -> Utf8.requireValid(bytes));
        assertEquals("invalid UTF-8 at byte 10 (0xE6): a digest is UTF-8 text", e.getMessage());
        assertEquals(1, e.line());
    }

    /**
     * The fast scan and the JDK's strict decoder agree on every lead byte, with every second byte after
     * the lead bytes of multi-byte sequences and the boundary values of the bytes after them: accepted or
     * refused, and where.
     */
    @Test
    void agreesWithTheJdkDecoderOnEveryLeadAndSecondByte() {
        int[] edges = {0x41, 0x80, 0xBF, 0xC0};
        byte[] prefix = "a\n".getBytes(StandardCharsets.UTF_8);
        int checked = 0;
        int[] everyByte = java.util.stream.IntStream.range(0, 256).toArray();
        for (int lead = 0; lead < 256; lead++) {
            // a lead byte outside C2..F4 is refused whatever follows: the edges are enough there
            for (int second : lead >= 0xC2 && lead <= 0xF4 ? everyByte : edges) {
                for (int third : edges) {
                    for (int fourth : lead >= 0xF0 ? edges : new int[] {0x41}) {
                        byte[] bytes = concat(prefix, new byte[] {(byte) lead, (byte) second, (byte) third, (byte) fourth});
                        assertAgrees(bytes);
                        assertAgrees(java.util.Arrays.copyOf(bytes, prefix.length + 2));
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 50_000, "checked " + checked);
    }

    private static void assertAgrees(byte[] bytes) {
        int expected = jdkErrorAt(bytes);
        try {
            Utf8.requireValid(bytes);
            if (expected >= 0) {
                fail("accepted " + HexFormat.of().formatHex(bytes) + ", the JDK refuses byte " + expected);
            }
        } catch (DigestReadException e) {
            if (expected < 0) {
                fail("refused " + HexFormat.of().formatHex(bytes) + ", the JDK accepts it");
            }
            assertTrue(e.getMessage().startsWith("invalid UTF-8 at byte " + expected + " "), e.getMessage());
        }
    }

    /** Where the JDK's strict decoder stops, or -1. */
    private static int jdkErrorAt(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 2), true);
        return result.isError() ? in.position() : -1;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
