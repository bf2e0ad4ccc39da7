package io.digestrepair.parser.digest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Utf8Test {

    @Test
    void validTextPassesAlsoWhenItHoldsAReplacementCharacter() {
        assertDoesNotThrow(() -> Utf8.requireValid("TL;DR: 中文 and \uFFFD as written\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void invalidBytesAreNamedWithTheirLine() {
        byte[] bytes = "line one\nline two \u00e9\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xFF; // the second byte of é
        DigestReadException e = assertThrows(DigestReadException.class, () -> Utf8.requireValid(bytes));
        assertTrue(e.getMessage().contains("invalid UTF-8 at byte"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertEquals(2, e.line());
    }
}
