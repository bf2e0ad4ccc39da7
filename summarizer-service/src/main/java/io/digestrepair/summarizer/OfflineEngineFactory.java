package io.digestrepair.summarizer;

import io.digestrepair.offline.OfflineEngine;
import io.digestrepair.summarizer.repair.OfflineFallback;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The in-process extractive engine, loaded on first use so that a missing model is a per-paper error, not a failed start. */
@Factory
public class OfflineEngineFactory {

    @Singleton
    OfflineFallback offlineFallback() {
        return new OfflineFallback(() -> OfflineEngine.load()::summarize);
    }
}
