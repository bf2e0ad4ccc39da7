package io.digestrepair.simulator.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentencesTest {

    @Test
    void splitsOnSentenceStopsButNotAbbreviationsInitialsOrDecimals() {
        List<String> s = Sentences.split("We study LLMs, e.g. GPT-4o and\n  Llama by J. Smith. We reach 99.16% accuracy. "
                + "Results (Fig. 3) improve by 3.5 points! Is it general? Yes.");
        assertEquals(List.of("We study LLMs, e.g. GPT-4o and Llama by J. Smith.", "We reach 99.16% accuracy.",
                "Results (Fig. 3) improve by 3.5 points!", "Is it general?", "Yes."), s);
    }

    @Test
    void truncatesToTheWordLimitEndingOnAWordNotANumber() {
        String t = Sentences.truncate("one two three four 48,000 six seven", 5);
        assertEquals("one two three four.", t);
        assertEquals("short text.", Sentences.truncate("short text.", 5));
        assertTrue(Sentences.words(Sentences.truncate("a ".repeat(200), 50)) <= 50);
    }

    @Test
    void singleCutsBeforeAnInnerStopOrGivesUp() {
        assertEquals("We build on prior work such as transformers.",
                Sentences.single("We build on prior work such as transformers e.g. BERT and T5 for text.", 3));
        assertNull(Sentences.single("See e.g. BERT.", 3));
        assertEquals("A plain sentence.", Sentences.single("A plain sentence.", 3));
    }
}
