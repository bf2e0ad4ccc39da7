package io.digestrepair.parser.diagnosis;

import io.digestrepair.core.wire.LineProblem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NulBytesTest {

    @Test
    void aNulIsFoundAtEveryPositionOfAWordAndOfTheTail() {
        for (int length = 0; length <= 19; length++) {
            byte[] text = new byte[length];
            java.util.Arrays.fill(text, (byte) 0x81); // bytes above 0x80 are where a careless word test errs
            assertFalse(NulBytes.hasNul(text), "length " + length);
            for (int at = 0; at < length; at++) {
                byte[] withNul = text.clone();
                withNul[at] = 0;
                assertTrue(NulBytes.hasNul(withNul), "length " + length + ", NUL at " + at);
            }
        }
        assertFalse(NulBytes.hasNul("中文 0x01 \u0001\u0100 ÿ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachNulIsReportedWithItsLine() {
        byte[] digest = "TL;DR: a\nMethod: b\0c\n\0\n".getBytes(StandardCharsets.UTF_8);
        List<LineProblem> problems = NulBytes.withProblems(List.of(new LineProblem(1, "first")), digest);
        assertEquals(List.of(new LineProblem(1, "first"),
                new LineProblem(2, "a NUL byte at byte 18 (kept as it is; a digest is text)"),
                new LineProblem(3, "a NUL byte at byte 21 (kept as it is; a digest is text)")), problems);
        List<LineProblem> none = List.of();
        assertSame(none, NulBytes.withProblems(none, "TL;DR: clean\n".getBytes(StandardCharsets.UTF_8)));
    }
}
