package io.digestrepair.summarizer.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroundingTest {

    private static List<String> values(List<Grounding.Num> numbers) {
        return numbers.stream().map(Grounding.Num::value).toList();
    }

    @Test
    void numbersAreWholeTokensByValue() {
        assertEquals(List.of("0.2457", "15.4", "48000", "0.5", "0.5"),
                values(Grounding.scan("0.2457, 15.4%, 48,000, 0.50 and 0,5")));
        assertFalse(Grounding.carriedNumbers("a cost of 0.2457").contains("7"));
        assertFalse(Grounding.carriedNumbers("up 15.4%").contains("15"));
    }

    @Test
    void scientificNotationIsOneNumber() {
        assertEquals(List.of("0.0001", "0.0001", "0.0001", "0.0001", "0.00596", "5000000000"),
                values(Grounding.scan("1e-4, 1E-4, 10^{-4}, 1\\times 10^{-4}, 5.96×10^{-3}, N=5×10^9")));
        assertEquals("1E-44", Grounding.scan("p<10^{-44}").getFirst().value());
        assertEquals(Set.of(), Grounding.latinTerms("学习率为1e-4"), "a number, not a term");
    }

    @Test
    void aMagnitudeGivesASecondReading() {
        assertEquals(List.of("4.8", "48000"), Grounding.scan("4.8万张").getFirst().values());
        assertEquals(List.of("3", "300000000"), Grounding.scan("3 亿").getFirst().values());
        assertEquals(List.of("1.5", "1500000"), Grounding.scan("1.5 million").getFirst().values());
        assertEquals(List.of("5", "50000000"), Grounding.scan("5千万").getFirst().values());
    }

    @Test
    void thinSpacesAndDottedGroupsOfThousands() {
        assertEquals("48000", Grounding.scan("48\u202F000 pages").getFirst().value());
        assertTrue(Grounding.scan("1.000.000").getFirst().values().contains("1000000"));
        assertEquals(List.of("48", "0"), values(Grounding.scan("48 000")), "a plain space separates two numbers");
    }

    @Test
    void aFullWidthCommaBetweenClausesSeparatesNumbers() {
        assertEquals(List.of("0.742", "33"), values(Grounding.factualNumbers("平均AUROC=0.742，33个模型中")));
        assertEquals(List.of("48000"), values(Grounding.factualNumbers("４８，０００页")));
    }

    @Test
    void digitsOfANameAreNotAQuantity() {
        var numbers = Grounding.scan("GPT-4o, ResNet50, V2V, top-5, 3D, 7B, 31-dimensional, Llama 3");
        assertEquals(List.of(true, true, true, true, false, false, false, false),
                numbers.stream().map(Grounding.Num::inName).toList());
        assertEquals(List.of("12"), values(Grounding.factualNumbers("在GPT-4上提高了12%")));
        assertTrue(Grounding.numbers("GPT-4").contains("4"), "a generated field cannot invent a name's number either");
    }

    @Test
    void latexNumbersAreReadAsTheEngineWritesThem() {
        assertEquals(List.of("15000", "377", "0.0001", "95", "1890"),
                values(Grounding.scan("$15{,}000$ responses from $377$ people, $10^{-4}$, 95\\%, a $1{,}890\\times$ speedup")));
        assertTrue(Grounding.statedNumbers("more than $15{,}000$ responses").contains("15000"));
        // what a text offers is also read as written, so an answer that passed before still passes
        assertTrue(Grounding.statedNumbers("more than $15{,}000$ responses").contains("15"));
        assertEquals(List.of("13400"), values(Grounding.factualNumbers("分析了$13{,}400$条回答")),
                "a translation must carry the number, not its pieces");
    }

    @Test
    void listMarkersAreNotFacts() {
        assertEquals(List.of("31", "7"), values(Grounding.factualNumbers("1) 提取31维特征；2) 在7个基准上训练；（3）完成。")));
        assertEquals(List.of("0.24", "4.5", "6.05"), values(Grounding.factualNumbers("（最佳相关0.24），Haiku 4.5、基线（6.05）")),
                "decimals before a bracket or an enumeration comma are no list markers");
    }

    private static final String SOURCE = "A Title 2\nWe train on 48,000 images. Accuracy rises to 95.5% (from 90). "
            + "It costs 2 × 10 units; 48\u00A0000 pages were read. It works.";

    @Test
    void sentencesCopiedFromTheSourceNeedNoNumberReading() {
        assertTrue(Grounding.copiedVerbatim(SOURCE, "We train on 48,000 images. It works."));
        assertTrue(Grounding.copiedVerbatim(SOURCE, "Accuracy rises to 95.5% (from 90)."));
        assertTrue(Grounding.copiedVerbatim(SOURCE, "We train on 48,000 images"), "without its full stop");
    }

    @Test
    void anythingButAWholeSentenceOfTheSourceIsLeftToTheFullCheck() {
        assertFalse(Grounding.copiedVerbatim(SOURCE, "We train on 49,000 images."), "a changed number");
        assertFalse(Grounding.copiedVerbatim(SOURCE, "We train on 48,000 images. It fails."), "one sentence not copied");
        assertFalse(Grounding.copiedVerbatim(SOURCE, "10 units; 48\u00A0000 pages were read."), "starts inside 2 × 10");
        assertFalse(Grounding.copiedVerbatim(SOURCE, "000 pages were read."), "starts inside 48 000");
        assertFalse(Grounding.copiedVerbatim(SOURCE, "It costs 2 × 10 units; 48."), "ends inside 48 000");
        assertFalse(Grounding.copiedVerbatim(SOURCE, "Accuracy rises to 95."), "ends inside 95.5");
        assertFalse(Grounding.copiedVerbatim("We use $10^{-4}$ steps.", "We use $10^{-4}$ steps."), "markup is read by the full check");
        assertFalse(Grounding.copiedVerbatim(SOURCE, " "));
    }

    @Test
    void aTextWithoutNumeralsIsNotPreparedAndOneWithAnyFormOfDigitIs() {
        // every form NFKC turns into digits still counts: superscript, circled, full-width, mathematical
        assertEquals(List.of("2"), Grounding.scan("x² grows").stream().map(Grounding.Num::value).toList());
        assertEquals(List.of("1"), Grounding.scan("step ① first").stream().map(Grounding.Num::value).toList());
        assertEquals(List.of("12"), Grounding.scan("１２% better").stream().map(Grounding.Num::value).toList());
        assertEquals(List.of("12"), Grounding.scan("𝟏𝟐 layers").stream().map(Grounding.Num::value).toList());
        assertTrue(Grounding.hasNumeral("½"));
        // no digit of any form: nothing to read (a Roman numeral becomes letters, a Chinese magnitude needs digits)
        assertFalse(Grounding.hasNumeral("Ⅻ chapters and 十万 samples, $\\alpha$-stable"));
        assertEquals(List.of(), Grounding.scan("Ⅻ chapters and 十万 samples, $\\alpha$-stable"));
    }
}
