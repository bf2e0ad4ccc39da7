package io.digestrepair.offline.fields;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldFactsTest {

    @Test
    void numbersAreReadByValueWithTheirMagnitudes() {
        FieldFacts zh = FieldFacts.ofOriginal("在SCARED数据集上准确度(<1.25)达到98.1%，使用4.8万张图像，误差降低超过17%，共1.2亿参数");
        assertTrue(zh.numbers().containsAll(Set.of("1.25", "98.1", "17", "4.8", "48000", "1.2", "120000000")), zh.numbers().toString());
        FieldFacts en = FieldFacts.ofSentence("We train on 48,000 images and reach 98.1% accuracy with 120 million parameters, 3k steps and 0.50 loss.");
        assertTrue(en.numbers().containsAll(Set.of("48000", "98.1", "120", "120000000", "3", "3000", "0.5")), en.numbers().toString());
    }

    @Test
    void anEnglishSentenceStatesItsNumberWordsTooAsTheSummarizersChecksReadThem() {
        assertTrue(FieldFacts.ofSentence("We evaluate five models on twelve benchmarks.").numbers().containsAll(Set.of("5", "12")));
        assertFalse(FieldFacts.ofOriginal("five").numbers().contains("5"), "an original's figures are its digits");
        assertFalse(FieldFacts.ofSentence("Someone fivefold").numbers().contains("5"));
    }

    @Test
    void aNumberWrittenOnlyAsADimensionIsNoFigure() {
        assertEquals(Set.of("3"), FieldFacts.dimensionsOnly("面向3D场景的2D-3D对齐，覆盖2个数据集"));
        assertEquals(Set.of(), FieldFacts.dimensionsOnly("在3个3D基准上"), "the 3 of three benchmarks is a figure");
        assertEquals(Set.of(), FieldFacts.dimensionsOnly("提升12.3D指标"), "a decimal is no dimension");
    }

    @Test
    void numbersOfNamesAreNotQuantities() {
        FieldFacts f = FieldFacts.ofOriginal("基于GPT-4和Depth Anything V2以及v1.5版本");
        assertFalse(f.numbers().contains("4"), f.numbers().toString());
        assertFalse(f.numbers().contains("2"), f.numbers().toString());
        assertFalse(f.numbers().contains("1.5"), f.numbers().toString());
    }

    @Test
    void termsAreTheLatinNamesOfTheOriginalAndTheNameLikeWordsOfASentence() {
        assertEquals(Set.of("scared", "dv-lora", "depth", "anything", "v2"),
                FieldFacts.ofOriginal("利用Depth Anything V2，通过DV-LORA在SCARED上实现SOTA").terms());
        assertEquals(Set.of("dv-lora", "scared", "v2"),
                FieldFacts.ofSentence("The Depth adapter uses DV-LORA on SCARED with V2 priors.").terms());
    }

    @Test
    void aSentenceScoresThreePerNumberAndOnePerTerm() {
        FieldFacts original = FieldFacts.ofOriginal("在SCARED上达到98.1%");
        assertEquals(4, original.score(FieldFacts.ofSentence("On SCARED we reach 98.1% accuracy.")));
        assertEquals(0, original.score(FieldFacts.ofSentence("We study depth estimation.")));
    }
}
