package io.digestrepair.summarizer.check;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.text.LanguageDetector;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerCheckerTest {

    private static final String ABSTRACT = "Vehicle-to-vehicle (V2V) communication is expected to improve road safety. "
            + "We evaluate three adoption levels and reach 95.2% accuracy on 1,000 scenarios with GPT-4.";
    private final AnswerChecker checker = new AnswerChecker(LanguageDetector.shared());

    private List<String> generated(FieldName f, String text) {
        return checker.check(f, Action.GENERATE, text, "en", ABSTRACT);
    }

    @Test
    void aGoodGeneratedFieldPasses() {
        assertEquals(List.of(), generated(FieldName.TLDR,
                "The paper shows that V2V adoption reaches 95.2% accuracy across 1000 scenarios, e.g. with GPT-4."));
        assertEquals(List.of(), generated(FieldName.RESULT,
                "Across 3 adoption levels and 1,000 scenarios the approach reached 95.2% accuracy. Higher adoption did not always help."));
    }

    @Test
    void missingAndPlaceholderTextsFail() {
        assertEquals(List.of("missing or empty"), generated(FieldName.METHOD, " "));
        assertTrue(generated(FieldName.TLDR, "Summary generation failed").getFirst().contains("placeholder"));
        assertTrue(generated(FieldName.RESULT, "N/A").getFirst().contains("placeholder"));
    }

    @Test
    void anotherLanguageFails() {
        var problems = generated(FieldName.MOTIVATION, "本文研究了V2V通信技术在不同渗透率下对道路安全的影响。");
        assertTrue(problems.stream().anyMatch(p -> p.contains("not in the target language")), problems.toString());
    }

    @Test
    void tldrMustBeOneShortSentence() {
        var two = generated(FieldName.TLDR, "V2V helps road safety. It also hurts in some cases.");
        assertTrue(two.contains("must be one sentence, has 2"), two.toString());
        var longOne = generated(FieldName.TLDR, "word ".repeat(61).trim() + ".");
        assertTrue(longOne.stream().anyMatch(p -> p.startsWith("has 61 words")), longOne.toString());
        var longField = generated(FieldName.METHOD, "word ".repeat(121).trim() + ".");
        assertTrue(longField.stream().anyMatch(p -> p.startsWith("has 121 words")), longField.toString());
    }

    @Test
    void generatedNumbersMustComeFromTheAbstract() {
        var problems = generated(FieldName.RESULT, "It reaches 97.5% accuracy on 1000 scenarios.");
        assertEquals(List.of("states numbers that are not in the abstract: 97.5"), problems);
    }

    @Test
    void aTranslationKeepsNumbersAndLatinTerms() {
        String source = "在GPT-4和ImageNet-1K上，准确率提高了12.5%，超过BERT。";
        assertEquals(List.of(), checker.check(FieldName.RESULT, Action.TRANSLATE,
                "On GPT-4 and ImageNet-1K, accuracy improved by 12.5%, surpassing BERT.", "en", source));
        var lost = checker.check(FieldName.RESULT, Action.TRANSLATE,
                "On the large model and ImageNet-1K, accuracy improved by about 12%, surpassing the baseline.", "en", source);
        // the 4 of GPT-4 is part of the name, which is checked as a term
        assertTrue(lost.contains("drops numbers of the original: 12.5"), lost.toString());
        assertTrue(lost.contains("drops terms of the original: GPT-4, BERT"), lost.toString());
    }

    @Test
    void listMarkersNeedNotSurviveButNumberWordsCount() {
        String source = "方法：1) 提取31维特征；2) 在7个基准上训练；（3）提供5次调用变体。";
        assertEquals(List.of(), checker.check(FieldName.METHOD, Action.TRANSLATE,
                "The method extracts 31-dimensional features, trains on seven benchmarks and offers a 5-call variant.", "en", source));
        var lost = checker.check(FieldName.METHOD, Action.TRANSLATE,
                "The method extracts features, trains on benchmarks and offers a 5-call variant.", "en", source);
        assertTrue(lost.contains("drops numbers of the original: 31, 7"), lost.toString());
    }

    @Test
    void aTranslatedNumberCountsOnlyAsAWholeNumber() {
        String source = "误差为7，准确率从15提升到15.4%，成本为0.2457。";
        var merged = checker.check(FieldName.RESULT, Action.TRANSLATE,
                "Accuracy rose to 15.4% at a cost of 0.2457.", "en", source);
        assertTrue(merged.contains("drops numbers of the original: 7, 15"), merged.toString());
        assertEquals(List.of(), checker.check(FieldName.RESULT, Action.TRANSLATE,
                "With an error of seven, accuracy rose from 15 to 15.4 percent at a cost of 0.2457.", "en", source));
    }

    @Test
    void formattingEquivalentsOfANumberAreTheNumber() {
        String source = "在4.8万张图像上以1e-4的学习率训练，p<10^{-3}，准确率92.0%，样本48,000个，参数150万。";
        assertEquals(List.of(), checker.check(FieldName.METHOD, Action.TRANSLATE,
                "Trained on 48,000 images at a learning rate of 0.0001, p<0.001, with 92% accuracy, "
                        + "48000 samples and 1.5 million parameters.", "en", source));
        var lost = checker.check(FieldName.METHOD, Action.TRANSLATE,
                "Trained on 4.8 images at a learning rate of 1e-5, p<0.01, with 92.1% accuracy, 4800 samples and 150 parameters.",
                "en", source);
        assertTrue(lost.contains("drops numbers of the original: 0.0001, 0.001, 92, 48000"), lost.toString());
    }

    @Test
    void aGeneratedNumberMustBeAWholeNumberOfTheAbstract() {
        // "95" and "5" are no numbers of "95.2", not numbers the abstract states
        var problems = generated(FieldName.RESULT, "It reaches 95 points on 5 of the scenarios.");
        assertEquals(List.of("states numbers that are not in the abstract: 95, 5"), problems);
        var name = generated(FieldName.RESULT, "It beats GPT-5.");
        assertEquals(List.of("states numbers that are not in the abstract: 5"), name, "a name's number is checked too");
    }

    @Test
    void sentencesAreNotFooledByAbbreviationsAndDecimals() {
        assertEquals(1, Sentences.count("We compare e.g. BERT vs. GPT-4 and reach 3.5 points (Fig. 2) over J. Smith's baseline."));
        assertEquals(3, Sentences.count("One. Two! Three?"));
    }

    @Test
    void dottedInitialsDoNotEndASentence() {
        // TL;DRs the offline engine wrote from corpus abstracts, each one sentence
        for (String tldr : List.of(
                "That classification principles of S.R. Ranganathan can offer a principled starting point to address SGP.",
                "Meschers, meshes capable of representing impossible constructions akin to those found in M.C. Escher's woodcuts.",
                "A controlled epistemic-conflict framework grounded in the U.S. National Climate Assessment.",
                "Poisson2Gaussian (P2G), a method that converts real-world noise to i.i.d. Gaussian noise.")) {
            assertEquals(1, Sentences.count(tldr), tldr);
            assertEquals(List.of(), generated(FieldName.TLDR, tldr), tldr);
        }
        assertEquals(2, Sentences.count("It was tested in the U.S. and Canada. Results hold."), "a real boundary still counts");
    }

    @Test
    void numbersWrittenInLatexAreTheNumbersTheEngineWrites() {
        // 2026-05-21, "Capability $\neq$ Interpretability": the engine cleans $15{,}000$ into 15,000
        String abstractText = "We collected more than $15{,}000$ behavioral responses, analyzing the $13{,}400$ responses\n"
                + "from the $377$ participants, with a learning rate of $10^{-4}$ and 95\\% agreement.";
        assertEquals(List.of(), checker.check(FieldName.METHOD, Action.GENERATE,
                "We collected more than 15,000 behavioral responses, analyzing the 13,400 responses from the 377 participants.",
                "en", abstractText));
        assertEquals(List.of(), checker.check(FieldName.RESULT, Action.GENERATE,
                "A learning rate of 10^-4 (0.0001) gave 95% agreement; the raw $15{,}000$ reads the same.", "en", abstractText));
        assertEquals(List.of("states numbers that are not in the abstract: 16000"), checker.check(FieldName.METHOD,
                Action.GENERATE, "We collected more than 16,000 behavioral responses.", "en", abstractText));
    }
}
