package io.digestrepair.offline.fields;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TldrWriterTest {

    @Test
    void framingAndWhichAreRemoved() {
        assertEquals("AccKV adapts the KV cache to each modality of audio-video models.",
                TldrWriter.write("In this paper, we propose AccKV, which adapts the KV cache to each modality of audio-video models."));
    }

    @Test
    void aPresentedNounPhraseStaysASentence() {
        // "A diffusion framework that generates ..." alone would be a fragment: the presenting verb stays
        assertEquals("We introduce a diffusion framework that generates consistent human-object interaction videos.",
                TldrWriter.write("To address these challenges, we introduce a diffusion framework that generates consistent human-object interaction videos."));
        // a name and its appositive are joined by "is"
        assertEquals("HY-Motion 1.0 is a series of large motion generation models.",
                TldrWriter.write("We present HY-Motion 1.0, a series of large motion generation models."));
        assertEquals("RenderFormer++ is a scalable and physically grounded feed-forward neural rendering framework for global illumination in mesh scenes.",
                TldrWriter.write("We propose RenderFormer++, a scalable and physically grounded feed-forward neural rendering framework for global illumination in mesh scenes."));
        for (String s : List.of("To address these challenges, we introduce a diffusion framework that generates consistent human-object interaction videos.",
                "We present HY-Motion 1.0, a series of large motion generation models.")) {
            assertTrue(SentenceShape.isComplete(TldrWriter.write(s)), s);
        }
    }

    @Test
    void aTldrIsOneSentenceAsTheSummarizerCountsThem() {
        // a sentence the abstract's markup hid from the splitter ("f(x).$ In particular") keeps its first sentence
        assertEquals("These left ideals are also referred to as skew polycyclic codes associated to f(x).",
                TldrWriter.write("These left ideals are also referred to as skew polycyclic codes associated to f(x). "
                        + "In particular, when the central element f(x) is x^np^s-λ, we give a more refined form of the left ideals."));
        assertEquals("It works well!", TldrWriter.write("It works well! Does it scale?"));
        // abbreviations and initials end no sentence
        String abbreviations = "We follow Smith et al. 2020 and J. Doe, e.g. Fig. 3 of the U.S. survey, to build a model.";
        assertEquals(abbreviations, TldrWriter.write(abbreviations));
        assertEquals(-1, TldrWriter.secondSentence(abbreviations));
        assertEquals(11, TldrWriter.secondSentence("It is f(x). In particular, it is."));
    }

    @Test
    void otherSentencesAreKeptWhole() {
        String s = "Large language models often hallucinate facts when asked about rare entities.";
        assertEquals(s, TldrWriter.write(s));
        assertEquals("We study whether retrieval helps small models answer rare questions.",
                TldrWriter.write("Here, we study whether retrieval helps small models answer rare questions."));
    }

    @Test
    void namesWithLowercaseInitialsAreNotCapitalised() {
        assertEquals("mHC stabilises training of hyper-connected residual networks at scale.",
                TldrWriter.write("In this work, we propose mHC, which stabilises training of hyper-connected residual networks at scale."));
    }

    @Test
    void longSentencesAreCutAtAClauseBoundary() {
        String longOne = "We propose a retrieval-augmented planner for household robots that decomposes instructions into "
                + "subgoals grounded in a scene graph, which is updated online from egocentric observations, and "
                + "a verifier that rejects infeasible steps before execution, yielding robust long-horizon behaviour "
                + "across many unseen apartments and object configurations in simulation and on real hardware.";
        String tldr = TldrWriter.write(longOne);
        assertTrue(SentenceCues.words(tldr) <= TldrWriter.MAX_WORDS, tldr);
        assertEquals("We propose a retrieval-augmented planner for household robots that decomposes instructions into subgoals "
                + "grounded in a scene graph, which is updated online from egocentric observations, and a verifier "
                + "that rejects infeasible steps before execution.", tldr);
    }

    @Test
    void aSentenceWithoutBoundariesIsCutAtTheLimitWithoutDanglingWords() {
        StringBuilder b = new StringBuilder("Models");
        for (int i = 0; i < 60; i++) {
            b.append(i % 7 == 3 ? " of" : " learn"); // word 40 is "of"
        }
        String tldr = TldrWriter.write(b + ".");
        assertTrue(SentenceCues.words(tldr) <= TldrWriter.MAX_WORDS, tldr);
        assertTrue(tldr.endsWith("learn."), tldr);
    }

    @Test
    void aFullStopEndsEveryTldr() {
        assertEquals("A short claim.", TldrWriter.write("A short claim"));
        assertEquals("Is it real?", TldrWriter.write("Is it real?"));
        assertEquals("We call it \"the gap.\"", TldrWriter.write("We call it \"the gap.\""));
    }

    @Test
    void aSentenceTheAbstractBreaksOffStillEndsLikeOne() {
        // 2026-06-09, paper 294: the digest's abstract stops at "requirements,..."
        String tldr = TldrWriter.write("Based on these results, we provide deployment recommendations across accuracy and latency requirements,...");
        assertEquals("Based on these results, we provide deployment recommendations across accuracy and latency requirements.", tldr);
        assertEquals(java.util.Optional.empty(), io.digestrepair.core.text.SuspectText.reason(tldr));
        String cutShort = TldrWriter.write("Models of the world trained on videos of the...");
        assertEquals("Models of the world trained on videos.", cutShort, "no function word is left hanging, however short");
    }
}
