package io.digestrepair.core.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptProfileTest {

    @Test
    void countsTheLettersOfEachScript() {
        ScriptProfile p = ScriptProfile.of("中文テキストひら한국어 and Élan, 𠀋 Ωmega。");
        assertEquals(3, p.han(), "two in the common block, one outside it");
        assertEquals(6, p.kana());
        assertEquals(3, p.hangul());
        assertEquals(3 + 4 + 4, p.latin());
        assertEquals(1, p.latinNonAscii());
        assertEquals(1, p.otherLetters());
        assertEquals(1, p.cjkPunctuation());
        assertEquals(3, p.latinWords(), "and, Élan, mega");
    }
}
