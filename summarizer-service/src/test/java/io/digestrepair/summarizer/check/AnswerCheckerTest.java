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
        assertTrue(lost.contains("drops numbers of the original: 4, 12.5"), lost.toString());
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
    void sentencesAreNotFooledByAbbreviationsAndDecimals() {
        assertEquals(1, Sentences.count("We compare e.g. BERT vs. GPT-4 and reach 3.5 points (Fig. 2) over J. Smith's baseline."));
        assertEquals(3, Sentences.count("One. Two! Three?"));
    }
}
