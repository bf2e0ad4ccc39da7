package io.digestrepair.core.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceBreaksTest {

    @Test
    void abbreviationsInitialsAndDecimalsBreakNoSentence() {
        assertEquals(1, SentenceBreaks.count("We compare e.g. BERT vs. GPT-4 and reach 3.5 points (Fig. 2) over J. Smith's baseline."));
        assertEquals(1, SentenceBreaks.count("Noise is i.i.d. Gaussian, as S.R. Ranganathan said."));
        assertEquals(-1, SentenceBreaks.firstEnd("Results of Lee et al. Show gains."));
    }

    @Test
    void marksFollowedByACapitalOrADigitDo() {
        assertEquals(3, SentenceBreaks.count("One. Two! Three?"));
        assertEquals(2, SentenceBreaks.count("It was tested in the U.S. and Canada. Results hold."));
        assertEquals(2, SentenceBreaks.count("It ends (here.) 2 more follow."));
        assertEquals(11, SentenceBreaks.firstEnd("It is f(x). In particular, it is."));
        assertEquals(13, SentenceBreaks.firstEnd("  He said \"no.\" Then left."));
        assertEquals(0, SentenceBreaks.count("   "));
        assertEquals(1, SentenceBreaks.count("no capital after. so one"));
    }
}
