package io.digestrepair.core.text;

import io.digestrepair.core.FieldName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceholdersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Summary generation failed", "Motivation analysis unavailable", "Method extraction failed",
            "Result analysis unavailable", "Conclusion extraction failed",
            "This content has not passed the compliance test and has been hidden.",
            "Error", "error.", "N/A", "n/a", "None", "null", "Processing failed", "Task description failed",
            "Title translation failed", "Classification unavailable", "  Summary generation failed  ",
            "Error: 429 Too Many Requests", "Failed to generate summary", "Request failed", "...", "—",
            "生成失败", "暂无", "Summary not available.", "TL;DR generation failed"})
    void failureTextsArePlaceholders(String text) {
        assertTrue(Placeholders.isPlaceholder(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Sparse attention halves memory.", "LLMs fail at long-horizon planning.", "Error analysis of RLHF reward models.",
            "Unknown unknowns in offline RL", "No free lunch for tokenizers.", "A clear mental map of Vision-Language Models",
            "Diffusion models fail to generalize beyond training resolution, and a simple fix helps.",
            "本文提出了一种新的方法。", "Model collapse explained.", "Results: 3x faster decoding."})
    void realShortSummariesAreNot(String text) {
        assertFalse(Placeholders.isPlaceholder(text), text);
    }

    @Test
    void missingIsNotAPlaceholder() {
        assertFalse(Placeholders.isPlaceholder(null));
        assertFalse(Placeholders.isPlaceholder("   "));
    }

    @Test
    void pipelineTextsPerField() {
        assertEquals("Summary generation failed", Placeholders.pipelineText(FieldName.TLDR));
        assertEquals("Conclusion extraction failed", Placeholders.pipelineText(FieldName.CONCLUSION));
        for (FieldName f : FieldName.values()) {
            assertTrue(Placeholders.isPlaceholder(Placeholders.pipelineText(f)), f.key());
        }
    }

    /**
     * The first-word shortcut only says no where the whole judgement says no too: over texts built from
     * failure words, their vocabulary, other words, the Chinese failure texts and error reports, in every
     * casing, with the punctuation and glue placeholders come with.
     */
    @Test
    void theFirstWordShortcutNeverRulesOutAFailureText() {
        String[] words = {"summary", "generation", "failed", "Error", "N/A", "n.a", "na", "nil", "todo", "none", "not",
                "available", "unavailable", "tl;dr", "TL", "DR", "api", "llm", "timeout", "exception", "Traceback",
                "request", "internal", "server", "rate", "limit", "exceeded", "an", "error404", "errorcode",
                "sparse", "attention", "model", "本文", "生成失败", "暂无", "无", "提出", "LLM在", "K", "\u212Aelvin",
                "İnvalid", "ﬁeld", "Ünknown", "1.", "2)", "404", "提取失败", "提出", "无内容", "无法", "(most", "recent", "call", "last)", "to", "-", "..."};
        String[] glue = {" ", "  ", ": ", ", ", ". ", "-", "_", "/", "\t", "\n", "", "\u3000", "\u00A0", "**", "：", "。"};
        java.util.Random random = new java.util.Random(16);
        int placeholders = 0;
        int shortcuts = 0;
        for (int k = 0; k < 100_000; k++) {
            StringBuilder text = new StringBuilder(random.nextInt(6) == 0 ? glue[random.nextInt(glue.length)] : "");
            int n = 1 + random.nextInt(4);
            for (int w = 0; w < n; w++) {
                String word = words[random.nextInt(words.length)];
                word = switch (random.nextInt(3)) {
                    case 0 -> word.toUpperCase(java.util.Locale.ROOT);
                    case 1 -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    default -> word;
                };
                text.append(word);
                if (w + 1 < n || random.nextBoolean()) {
                    text.append(glue[random.nextInt(glue.length)]);
                }
            }
            String t = text.toString().strip();
            if (t.isEmpty()) {
                continue;
            }
            boolean failure = Placeholders.isShortFailureText(t);
            boolean ruledOut = Placeholders.cannotBeOne(t);
            assertFalse(failure && ruledOut, "the shortcut rules out a failure text: '" + t + "'");
            placeholders += failure ? 1 : 0;
            shortcuts += ruledOut ? 1 : 0;
        }
        assertTrue(placeholders > 2_000, placeholders + " failure texts generated");
        assertTrue(shortcuts > 10_000, shortcuts + " texts ruled out by their first word");
    }

    @ParameterizedTest
    @ValueSource(strings = {"本文提出了一种新的方法。", "该研究表明", "提出了一种方法", "1. 提出", "Sparse attention halves memory.", "LLM在长上下文中", "한국어 요약"})
    void plainSummariesAreRuledOutByTheirFirstWord(String text) {
        assertTrue(Placeholders.cannotBeOne(text), text);
    }
}
