package io.digestrepair.summarizer;

import dev.langchain4j.model.chat.ChatModel;
import io.digestrepair.summarizer.config.LlmSettings;
import io.digestrepair.summarizer.config.SummarizerConfig;
import io.digestrepair.summarizer.llm.ChatModels;
import io.digestrepair.summarizer.llm.Conversations;
import io.digestrepair.core.wire.LlmState;
import io.digestrepair.summarizer.config.Provider;
import io.digestrepair.summarizer.llm.LlmHealth;
import io.digestrepair.summarizer.llm.LlmStage;
import io.digestrepair.summarizer.llm.Negotiation;
import io.digestrepair.summarizer.llm.ProviderGuard;
import io.digestrepair.summarizer.metrics.LlmCallMetrics;
import io.digestrepair.summarizer.metrics.SummarizerMetrics;
import io.digestrepair.summarizer.repair.Prompts;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** The LLM side: the configured provider's chat models (main and fallback) as stages of the repair chain. */
@Factory
public class ChatModelFactory {

    /** The LLM stages in the order they are tried; empty when the provider is {@code offline}. */
    public record LlmStages(List<LlmStage> stages) {

        /** What the LLM can do now: ok, or why its calls stopped; {@code offline} when none is configured. */
        public LlmState state() {
            if (stages.isEmpty()) {
                return LlmState.OFFLINE;
            }
            LlmHealth.State s = stages.getFirst().health().state(stages.stream().map(LlmStage::model).toList());
            return new LlmState(s.state(), s.reason(), s.remedy());
        }

        /** What each endpoint and model was found to take. */
        public List<Negotiation.View> negotiated() {
            return stages.stream().map(st -> st.negotiation().view()).toList();
        }
    }

    @Singleton
    LlmSettings llmSettings(SummarizerConfig config) {
        return LlmSettings.from(config);
    }

    @Singleton
    Prompts prompts(LlmSettings settings) {
        return Prompts.load(settings.promptVersion());
    }

    @Singleton
    SummarizerMetrics summarizerMetrics(PrometheusMeterRegistry registry) {
        return new SummarizerMetrics(registry);
    }

    @Singleton
    LlmStages llmStages(LlmSettings settings, Prompts prompts, SummarizerMetrics metrics) {
        if (!settings.usesLlm()) {
            return new LlmStages(List.of());
        }
        String engine = settings.provider().engine();
        ProviderGuard guard = new ProviderGuard(engine, settings.maxConcurrency(), settings.maxRetries(),
                ChatModels.RETRY_BASE_DELAY, ChatModels.RETRY_MAX_DELAY, settings.circuitFailureThreshold(),
                settings.circuitOpenFor(), metrics.guardListener(engine));
        boolean nativeOllama = settings.provider() == Provider.OLLAMA;
        LlmHealth health = new LlmHealth(LlmHealth.providerName(settings.baseUrl(), nativeOllama),
                stop -> metrics.llmStopped(stop.cause()));
        List<LlmStage> stages = new ArrayList<>();
        stages.add(stage(settings, settings.modelName(), guard, health, prompts, metrics));
        if (settings.fallbackModelName() != null && !settings.fallbackModelName().equals(settings.modelName())) {
            stages.add(stage(settings, settings.fallbackModelName(), guard, health, prompts, metrics));
        }
        return new LlmStages(List.copyOf(stages));
    }

    private static LlmStage stage(LlmSettings settings, String model, ProviderGuard guard, LlmHealth health,
                                  Prompts prompts, SummarizerMetrics metrics) {
        String engine = settings.provider().engine();
        var listeners = List.<dev.langchain4j.model.chat.listener.ChatModelListener>of(
                new LlmCallMetrics(metrics.registry(), engine, model));
        ChatModel chatModel = switch (settings.provider()) {
            case OPENAI -> ChatModels.openAi(settings, model, listeners);
            case OLLAMA -> ChatModels.ollama(settings, model, listeners);
            case OFFLINE -> throw new IllegalStateException("offline has no chat model");
        };
        Conversations conversations = new Conversations();
        Negotiation negotiation = new Negotiation(settings.baseUrl(), model, settings.responseMode(),
                settings.provider() == Provider.OLLAMA);
        return new LlmStage(engine, model, ChatModels.assistant(chatModel, conversations, prompts.system()),
                conversations, guard, negotiation, health,
                new LlmStage.Prices(settings.priceInputPerMtok(), settings.priceOutputPerMtok()));
    }
}
