package io.digestrepair.simulator.answer;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TranslationWriterTest {

    @Test
    void theProlongedSoundMarkOfKatakanaWordsNeverLeaksIntoTheEnglish() {
        // "ー" (U+30FC) has the Common script: it was read as a run of its own and carried into the answer
        String source = "本研究では、大規模言語モデルGPT-4oを用いたデータセット構築手法を提案し、精度を12.5%向上させた。";
        for (long seed = 0; seed < 8; seed++) {
            String english = new TranslationWriter().write("tldr", source, new SplittableRandom(seed));
            assertFalse(english.contains("ー"), english);
            assertFalse(TranslationWriter.hasCjk(english), english);
            assertTrue(english.contains("GPT-4o") && english.contains("12.5%"), english);
        }
        assertTrue(TranslationWriter.hasCjk("ー"));
    }
}
