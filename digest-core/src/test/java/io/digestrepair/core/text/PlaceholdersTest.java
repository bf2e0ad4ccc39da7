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
}
