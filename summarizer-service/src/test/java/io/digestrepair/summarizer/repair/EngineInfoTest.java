package io.digestrepair.summarizer.repair;

import io.digestrepair.summarizer.config.LlmSettings;
import io.digestrepair.summarizer.config.SummarizerConfig;
import io.digestrepair.offline.OfflineEngine;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineInfoTest {

    private static EngineInfo info(String provider, String model, String fallback, String prompt) {
        return EngineInfo.of(LlmSettings.from(new SummarizerConfig(provider, null, null, null, model, fallback,
                null, null, null, null, null, null, prompt, null, null, null, null)));
    }

    @Test
    void anLlmProviderIsNamedWithItsModelsAndPrompt() {
        assertEquals(new EngineInfo("openai", "deepseek-chat", "repair-v2", "gpt-4o-mini"),
                info("openai", "deepseek-chat", "gpt-4o-mini", "repair-v2"));
        assertEquals(new EngineInfo("ollama", "llama3.1", "repair-v1", null), info("ollama", null, null, null));
    }

    @Test
    void offlineIsTheExtractiveModelWithoutPromptWhateverElseIsSet() {
        // the model names the engine's code version and role model, so a client's cache keys follow the engine
        assertTrue(OfflineEngine.modelId().matches("extractive/" + OfflineEngine.CODE_VERSION + "/[0-9a-f]{12}"), OfflineEngine.modelId());
        EngineInfo offline = new EngineInfo("offline", OfflineEngine.modelId(), "none", null);
        assertEquals(offline, info("offline", null, null, null));
        assertEquals(offline, info("offline", "gpt-4o-mini", "gpt-4o", "repair-v2"));
        assertEquals(offline, info(null, null, null, null), "no LLM configured at all");
    }

    @Test
    void aFallbackNamedLikeTheMainModelIsNoFallback() {
        assertEquals(null, info("openai", "m", "m", null).fallbackModel());
    }
}
