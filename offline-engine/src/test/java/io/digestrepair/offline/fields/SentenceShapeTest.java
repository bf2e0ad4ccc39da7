package io.digestrepair.offline.fields;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceShapeTest {

    @Test
    void nounPhrasesLeftByDeletingWeProposeAreFragments() {
        for (String fragment : List.of(
                "RenderFormer++, a scalable and physically grounded feed-forward neural rendering framework for global illumination in mesh scenes.",
                "A video-based assessment pipeline that derives performance analytics from training videos without requiring additional hardware.",
                "A novel task named lifelong domain adaptive 3D HPE.",
                "A family of models trained on web-scale data.",
                "A framework for depth maps and surface normals.",
                "LAILA, the largest publicly available Arabic essay scoring dataset (7,859 essays).",
                "")) {
            assertTrue(SentenceShape.isFragment(fragment), fragment);
        }
    }

    @Test
    void aSubjectWithAFiniteVerbIsASentence() {
        for (String sentence : List.of(
                "RenderFormer++ is a scalable framework that renders global illumination.",
                "We propose a framework that learns global illumination.",
                "RepoLens retrieves the files a change depends on.",
                "Our approach achieved 98.1% accuracy on SCARED.",
                "The model outperforms prior work on 9 benchmarks.",
                "Large language models often fail on questions about rare entities.",
                "Existing methods struggle with long videos.",
                "Existing methods fail to scale, so it remains unclear how to train them.",
                "This paper studies retrieval for small models.")) {
            assertTrue(SentenceShape.isComplete(sentence), sentence);
        }
    }

    @Test
    void aVerbOutsideTheListIsNotSeen() {
        // the rule's known limit: it errs towards "fragment" (the engine then keeps "We propose ..." or tries
        // another sentence), never towards "complete" for a noun phrase
        assertTrue(SentenceShape.isFragment("Large language models often hallucinate facts."));
    }

    @Test
    void aVerbInsideARelativeClauseOrBracketsDoesNotMakeTheMainClauseOne() {
        assertFalse(SentenceShape.isComplete("A benchmark which is designed to assess legal reasoning."));
        assertFalse(SentenceShape.isComplete("A dataset (it contains 7,859 essays) for essay scoring."));
        assertTrue(SentenceShape.isComplete("The dataset contains 7,859 essays (it is the largest)."));
    }
}
