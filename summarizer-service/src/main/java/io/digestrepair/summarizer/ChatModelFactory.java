package io.digestrepair.summarizer;

import dev.langchain4j.model.chat.ChatModel;
import io.digestrepair.summarizer.config.LlmSettings;
import io.digestrepair.summarizer.config.SummarizerConfig;
import io.digestrepair.summarizer.llm.ChatModels;
import io.digestrepair.summarizer.llm.Conversations;
import io.digestrepair.summarizer.llm.LlmStage;
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
        List<LlmStage> stages = new ArrayList<>();
        stages.add(stage(settings, settings.modelName(), guard, prompts, metrics));
        if (settings.fallbackModelName() != null && !settings.fallbackModelName().equals(settings.modelName())) {
            stages.add(stage(settings, settings.fallbackModelName(), guard, prompts, metrics));
        }
        return new LlmStages(List.copyOf(stages));
    }

    private static LlmStage stage(LlmSettings settings, String model, ProviderGuard guard, Prompts prompts,
                                  SummarizerMetrics metrics) {
        String engine = settings.provider().engine();
        var listeners = List.<dev.langchain4j.model.chat.listener.ChatModelListener>of(
                new LlmCallMetrics(metrics.registry(), engine, model));
        ChatModel chatModel = switch (settings.provider()) {
            case OPENAI -> ChatModels.openAi(settings, model, listeners);
            case OLLAMA -> ChatModels.ollama(settings, model, listeners);
            case OFFLINE -> throw new IllegalStateException("offline has no chat model");
        };
        Conversations conversations = new Conversations();
        return new LlmStage(engine, model, ChatModels.assistant(chatModel, conversations, prompts.system()),
                conversations, guard, settings.responseMode());
    }
}
