package io.digestrepair.summarizer;

import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.summarizer.check.AnswerChecker;
import io.digestrepair.summarizer.config.LlmSettings;
import io.digestrepair.summarizer.metrics.SummarizerMetrics;
import io.digestrepair.summarizer.repair.BatchRunner;
import io.digestrepair.summarizer.repair.EngineInfo;
import io.digestrepair.summarizer.repair.OfflineFallback;
import io.digestrepair.summarizer.repair.Prompts;
import io.digestrepair.summarizer.repair.RepairChain;
import io.digestrepair.summarizer.repair.RepairPlanner;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Wires the plain repair classes together. */
@Factory
public class RepairFactory {

    @Singleton
    EngineInfo engineInfo(LlmSettings settings) {
        return EngineInfo.of(settings);
    }

    @Singleton
    RepairPlanner repairPlanner(LlmSettings settings) {
        return new RepairPlanner(settings.targetLanguage());
    }

    @Singleton
    RepairChain repairChain(ChatModelFactory.LlmStages stages, OfflineFallback offline, Prompts prompts,
                            SummarizerMetrics metrics) {
        return new RepairChain(stages.stages(), offline, new AnswerChecker(LanguageDetector.shared()), prompts, metrics);
    }

    /** Papers wait for LLM answers most of their time: a virtual thread each costs next to nothing. */
    @Singleton
    @Named("papers")
    @Bean(preDestroy = "shutdownNow")
    ExecutorService paperExecutor() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("paper-", 0).factory());
    }

    @Singleton
    BatchRunner batchRunner(RepairChain chain, @Named("papers") ExecutorService executor, SummarizerMetrics metrics) {
        return new BatchRunner(chain, executor, metrics);
    }
}
