package io.digestrepair.core.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuspectTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"tldr\": \"A new method\", \"motivation\": \"...\"}",
            "The paper proposes {\"method\": \"x\"}",
            "```json\n{\"tldr\": \"x\"}\n```",
            "<think>Let me summarise.</think> A new method for X.",
            "A new method.<|im_end|>",
            "Motivation: we want faster decoding.",
            "**TL;DR**: faster decoding",
            "本文提出了一种新的方法，",
            "本文在ImageNet、COCO、",
            "The method improves accuracy on the",
            "We propose a method that reduces cost and",
            "Text that stops here...",
            "Broken \uFFFD bytes",
            "A summary\n</details>\nleaked"})
    void suspect(String text) {
        assertTrue(SuspectText.reason(text).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "提出PixSearch：1）编码时发射<search>标记触发检索；2）选择查询模态。",
            "冗长的<think>推理段会掩盖简短但关键的<answer>答案段，导致推理冗长且答案不准确。",
            "DeFloMat达到了43.32% AP_{10:50}的精度（p < 0.01）",
            "概率{A, B, Tie}评分",
            "a clear mental map of Vision-Language Models",
            "Sparse attention halves memory.",
            "We reach 98.1% accuracy (<1.25) and beat GPT-4o by 20.8%",
            "在提示中注入奖励目标特殊令牌（如<|high_reward|>、<|low_reward|>）",
            "- 对于循环码：利用单位圆的参数化。<br>- 对于负循环码：证明最小距离。"})
    void notSuspect(String text) {
        assertFalse(SuspectText.reason(text).isPresent(), text + " -> " + SuspectText.reason(text));
    }
}
