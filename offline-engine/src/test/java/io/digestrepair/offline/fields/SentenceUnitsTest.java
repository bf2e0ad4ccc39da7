package io.digestrepair.offline.fields;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceUnitsTest {

    @Test
    void fiveSentencesFitToBeFieldsAreKeptWhole() {
        List<String> five = List.of("We study a problem of long context in agents.", "Existing agents forget the user's goal.",
                "We propose a memory module that tracks constraints.", "It raises success by 12 points on three benchmarks.",
                "Constraint tracking is a cheap way to keep agents on task.");
        assertEquals(five, SentenceUnits.of(five));
    }

    @Test
    void aLinkCountsForNoFieldSoAnotherSentenceIsSplit() {
        List<String> in = List.of("Rendering inverts the image formation process to optimise scene parameters from images.",
                "We present TetRender, a differentiable volume renderer for tetrahedral meshes.",
                "It optimises vertex positions and subdivides the mesh locally without multigrid schemes.",
                "We derive the gradients of the forward pass and regularisers that avoid degenerate tetrahedra, and show how the mesh is subdivided.",
                "The source code is available at https://github.com/example/tetrender.");
        List<String> out = SentenceUnits.of(in);
        assertEquals(6, out.size(), out.toString());
        assertEquals(5, out.stream().filter(SentenceReading::fitToBeField).count(), out.toString());
        assertEquals(in.getLast(), out.getLast());
    }

    @Test
    void theLongestPieceWithoutABoundaryGivesWayToAnotherThatHasOne() {
        // the first sentence has no clause boundary; the second has one, and then the phrase boundaries serve
        List<String> out = SentenceUnits.of(List.of(
                "The main question of this paper centres on defining the amount of context that is necessary when investigating the relation between language model probabilities and cognitive phenomena.",
                "We investigate whether whole utterances are needed, and show that n-gram representations suffice as units of planning."));
        assertEquals(5, out.size(), out.toString());
        assertTrue(out.contains("We investigate whether whole utterances are needed"), out.toString());
        assertTrue(out.stream().allMatch(p -> SentenceCues.words(p) >= 5), out.toString());
    }
}
