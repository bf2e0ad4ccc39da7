package io.digestrepair.offline.fields;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The part of a sentence that states the wanted figures ({@link FigurePhrase}). */
class FigurePhraseTest {

    @Test
    void anOpeningPhraseGoesWhenNoWantedFigureGoesWithIt() {
        String s = "To obtain a clearer picture of recent developments, we compile a unified corpus of more than 100,000 papers"
                + " from 22 major conferences between 2020 and 2025 and construct a multidimensional profiling pipeline.";
        assertEquals("we compile a unified corpus of more than 100,000 papers from 22 major conferences between 2020 and 2025"
                + " and construct a multidimensional profiling pipeline", FigurePhrase.of(s, Set.of("100000", "2020", "2025")));
        // tight: the second verb phrase goes too ("and construct ..."), though "2020 and 2025" is one range
        assertEquals("we compile a unified corpus of more than 100,000 papers from 22 major conferences between 2020 and 2025",
                FigurePhrase.of(s, Set.of("100000", "2020", "2025"), true));
        // the opening states a wanted figure the rest does not: it stays
        assertEquals("Using 16 GPUs, we train the model in 3 days",
                FigurePhrase.withoutOpening("Using 16 GPUs, we train the model in 3 days", Set.of("16", "3")));
        // "Combining A, B, and C yields": the comma is the list's
        assertEquals("Combining retrieval, reranking, and reading yields 12% gains",
                FigurePhrase.withoutOpening("Combining retrieval, reranking, and reading yields 12% gains", Set.of("12")));
    }

    @Test
    void theLastJoinedClauseServesWhenItAloneStatesTheFigures() {
        assertEquals("the best model reaches 68.1% accuracy", FigurePhrase.of("Our results show substantial remaining headroom:"
                + " smaller models often remain near the 25% random baseline, while the best model reaches 68.1% accuracy.", Set.of("68.1")));
        // ", and" before an adjective is a list's last item, not a clause
        String list = "Effective models require large, diverse, and age-balanced datasets, whereas existing 3D MRI datasets are skewed.";
        assertEquals(list.substring(0, list.length() - 1), FigurePhrase.laterClause(list.substring(0, list.length() - 1), Set.of("3")));
    }

    @Test
    void aPhraseEndsBeforeAnotherVerbOrNounPhraseButNotInsideOne() {
        assertEquals("Our study reveals a 10.1% average accuracy drop from SQLite to other dialects", FigurePhrase.of(
                "Our study reveals a 10.1% average accuracy drop from SQLite to other dialects and identifies a difficulty hierarchy.",
                Set.of("10.1")));
        // "crop and weed species" is one noun phrase
        String dataset = "We introduce iNatAg, a large-scale image dataset which contains over 4.7 million images of 2,959 distinct"
                + " crop and weed species.";
        assertEquals(dataset.substring(0, dataset.length() - 1), FigurePhrase.of(dataset, Set.of("2959"), true));
        // the second figure's measure follows it as its partner's did: "5.4% [in F1]"
        assertEquals("Our method achieves an improvement of 4.7% in accuracy and 5.4% in F1", FigurePhrase.of(
                "Our method achieves an improvement of 4.7% in accuracy and 5.4% in F1 on the held-out set.", Set.of("4.7", "5.4"), true));
        // never on a word that waits for what follows: "pairs spanning"
        String spanning = "The benchmark contains over 325K question-answer pairs spanning: counting, relations and distance.";
        assertEquals(spanning.substring(0, spanning.length() - 1), FigurePhrase.of(spanning, Set.of("325000"), true));
    }
}
