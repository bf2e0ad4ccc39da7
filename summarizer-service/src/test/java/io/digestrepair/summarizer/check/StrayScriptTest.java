package io.digestrepair.summarizer.check;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.text.LanguageDetector;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Characters of the source's script leaking into an answer in another one, as multilingual models do when they
 * switch language mid-sentence (Qwen and DeepSeek answers asked for English from Chinese fields), and as the
 * llm-simulator's translation writer did with the katakana prolonged sound mark.
 */
class StrayScriptTest {

    private static final String ABSTRACT = "We release WuDao (悟道), a 2TB corpus of Chinese web text, and train a "
            + "10B-parameter model on it. The model improves zero-shot accuracy on CLUE by 4.2 points.";
    private final AnswerChecker checker = new AnswerChecker(LanguageDetector.shared());

    @Test
    void japaneseLeaksFail() {
        assertEquals(List.of("ー"), StrayScript.stray("The paper studies ー; we propose a new corpus.", "en", ABSTRACT));
        assertEquals(List.of("データ"), StrayScript.stray("We propose a データ augmentation method for speech.", "en", ABSTRACT));
        List<String> problems = checker.check(FieldName.TLDR, Action.GENERATE,
                "The paper studies ー; we propose a 10B-parameter model trained on a 2TB corpus.", "en", ABSTRACT);
        assertTrue(problems.stream().anyMatch(p -> p.contains("another script") && p.contains("\"ー\"")), problems.toString());
    }

    @Test
    void chineseLeaksAndFullWidthPunctuationFail() {
        assertEquals(List.of("显著提高了"), StrayScript.stray("The framework 显著提高了 accuracy on ImageNet.", "en", ABSTRACT));
        assertEquals(List.of("，", "。"), StrayScript.stray("The method improves recall，and cuts latency。", "en", ABSTRACT));
        List<String> problems = checker.check(FieldName.METHOD, Action.TRANSLATE,
                "The authors train a 10B-parameter model 在中文语料上 and evaluate it on CLUE.", "en",
                "作者在中文语料上训练了一个10B参数的模型，并在CLUE上评估。", ABSTRACT);
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"在中文语料上\"")), problems.toString());
    }

    @Test
    void koreanLeaksFail() {
        assertEquals(List.of("다양한"), StrayScript.stray("The authors evaluate the model on 다양한 benchmarks.", "en", ABSTRACT));
        // a Japanese answer may write kanji and kana, not hangul
        assertEquals(List.of("연구"), StrayScript.stray("本研究では新しい연구手法を提案する。", "ja", ABSTRACT));
        assertEquals(List.of(), StrayScript.stray("本研究では新しいデータ拡張手法を提案する。", "ja", ABSTRACT));
    }

    @Test
    void aChineseDatasetNameTheAbstractGivesMayBeQuoted() {
        String tldr = "The authors release the WuDao (悟道) corpus of 2TB and a 10B-parameter model that gains 4.2 points on CLUE.";
        assertEquals(List.of(), StrayScript.stray(tldr, "en", ABSTRACT));
        assertEquals(List.of(), checker.check(FieldName.TLDR, Action.GENERATE, tldr, "en", ABSTRACT));
        // the same name is stray where the paper does not give it
        assertEquals(List.of("悟道"), StrayScript.stray(tldr, "en", "We train a model on web text."));
    }
}
