package io.digestrepair.gateway.digest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigestNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-09", "a", "A.b_c-9", "daily.v2", "2026-06-09_AI_enhanced_Chinese"})
    void accepted(String name) {
        assertTrue(DigestName.isValid(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "...", "a/b", "..%2f", "a b", "<script>", "名字", "x.md", "x.jsonl", "a\nb"})
    void refused(String name) {
        assertFalse(DigestName.isValid(name), name);
    }

    @org.junit.jupiter.api.Test
    void atMostAHundredCharacters() {
        assertTrue(DigestName.isValid("x".repeat(100)));
        assertFalse(DigestName.isValid("x".repeat(101)));
    }
}
