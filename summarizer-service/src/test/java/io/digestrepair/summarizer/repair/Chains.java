package io.digestrepair.summarizer.repair;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.core.wire.FieldRequest;
import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.summarizer.check.AnswerChecker;
import io.digestrepair.summarizer.config.LlmSettings;
import io.digestrepair.summarizer.config.SummarizerConfig;
import io.digestrepair.summarizer.llm.ChatModels;
import io.digestrepair.summarizer.llm.Conversations;
import io.digestrepair.summarizer.llm.LlmHealth;
import io.digestrepair.summarizer.llm.LlmStage;
import io.digestrepair.summarizer.llm.Negotiation;
import io.digestrepair.summarizer.llm.ProviderGuard;
import io.digestrepair.summarizer.metrics.SummarizerMetrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds repair chains against a local endpoint, the way the factory does, with test-sized timings. */
final class Chains {

    static final String TITLE = "Adverse Effects of V2V Adoption on Road Safety";
    static final String ABSTRACT = "Vehicle-to-vehicle (V2V) communication is expected to improve road safety and reduce "
            + "congestion. We study whether increasing V2V adoption itself affects road safety across 3 adoption levels. "
            + "We show that, in some cases, increased V2V adoption can increase accident probability by 12%.";

    static final String GOOD_TLDR = "Higher V2V adoption can raise accident probability by 12% unless signalling is optimal.";
    static final String GOOD_METHOD = "The authors correct an existing model and analyse it across 3 adoption levels.";
    static final String GOOD_RESULT = "In some cases more V2V adoption increases accident probability by 12%.";

    static final String OFFLINE_TEXT = "We study whether increasing V2V adoption itself affects road safety.";

    private Chains() {
    }

    record Built(RepairChain chain, ProviderGuard guard, SummarizerMetrics metrics) {
    }

    static LlmSettings settings(String baseUrl, String timeout, int maxRetries, int circuitFailures, String openFor) {
        return LlmSettings.from(new SummarizerConfig("openai", baseUrl, "sk-test", null, "main-model", "fallback-model",
                "English", "4", timeout, "json_schema", Integer.toString(maxRetries), "0.2", "repair-v1",
                Integer.toString(circuitFailures), openFor, null, null));
    }

    static Built chain(LlmSettings s, boolean withFallbackModel, OfflineFallback offline) {
        SummarizerMetrics metrics = SummarizerMetrics.none();
        Prompts prompts = Prompts.load("repair-v1");
        ProviderGuard guard = new ProviderGuard("openai", s.maxConcurrency(), s.maxRetries(), Duration.ofMillis(50),
                Duration.ofMillis(500), s.circuitFailureThreshold(), s.circuitOpenFor(), metrics.guardListener("openai"));
        List<LlmStage> stages = new ArrayList<>();
        LlmHealth health = new LlmHealth(LlmHealth.providerName(s.baseUrl(), false), stop -> metrics.llmStopped(stop.cause()));
        stages.add(stage(s, s.modelName(), guard, health, prompts));
        if (withFallbackModel) {
            stages.add(stage(s, s.fallbackModelName(), guard, health, prompts));
        }
        return new Built(new RepairChain(stages, offline, new AnswerChecker(LanguageDetector.shared()), prompts, metrics),
                guard, metrics);
    }

    private static LlmStage stage(LlmSettings s, String model, ProviderGuard guard, LlmHealth health, Prompts prompts) {
        Conversations conversations = new Conversations();
        var chatModel = ChatModels.openAi(s, model, List.of());
        return new LlmStage("openai", model, ChatModels.assistant(chatModel, conversations, prompts.system()),
                conversations, guard, new Negotiation(s.baseUrl(), model, s.responseMode(), false), health,
                LlmStage.Prices.NONE);
    }

    static OfflineFallback offlineUnavailable() {
        return new OfflineFallback(() -> (t, a, o) -> {
            throw new UnsupportedOperationException("offline engine not built yet");
        });
    }

    static OfflineFallback offlineWriting(String text) {
        return new OfflineFallback(() -> (t, a, o) -> {
            Map<FieldName, String> out = new LinkedHashMap<>();
            for (FieldName f : FieldName.values()) {
                out.put(f, text);
            }
            return out;
        });
    }

    static RepairPlan plan(Map<FieldName, Action> actions) {
        Map<String, FieldRequest> fields = new LinkedHashMap<>();
        for (FieldName f : FieldName.values()) {
            Action a = actions.getOrDefault(f, Action.KEEP);
            String text = a == Action.GENERATE ? "Summary generation failed"
                    : a == Action.TRANSLATE ? "在某些情况下，提高V2V采用率反而可能使事故概率增加12%。"
                    : "Kept English text about road safety.";
            fields.put(f.key(), new FieldRequest(text, a));
        }
        return new RepairPlanner("en").plan(new SummaryRequest("2606.07873", TITLE, ABSTRACT, "en", fields));
    }
}
