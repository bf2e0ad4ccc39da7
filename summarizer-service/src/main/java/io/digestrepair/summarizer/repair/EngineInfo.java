package io.digestrepair.summarizer.repair;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.digestrepair.offline.OfflineEngine;
import io.digestrepair.core.wire.LlmState;
import io.digestrepair.summarizer.config.LlmSettings;
import io.digestrepair.summarizer.llm.Negotiation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What the service answers with, as the provenance of its fields names it: a client that caches
 * repairs (the gateway) makes this part of its cache key, and needs it before sending any paper so
 * that a cache hit costs no call.
 *
 * @param engine        {@code openai}, {@code ollama} or {@code offline}
 * @param model         the main model; for offline the engine's {@link OfflineEngine#modelId()} (code version and
 *                      role model), so that a client's cache keys change when the engine does
 * @param promptVersion the prompt resource folder; {@code none} for offline, which uses no prompt
 *                      (so changing {@code PROMPT_VERSION} does not change what an offline service means)
 * @param fallbackModel the second model tried on the same provider, null when there is none
 */
@Serdeable
public record EngineInfo(String engine, String model, String promptVersion,
                         @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String fallbackModel,
                         @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable LlmState llm,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<Negotiation.View> negotiated) {

    public EngineInfo(String engine, String model, String promptVersion, @Nullable String fallbackModel) {
        this(engine, model, promptVersion, fallbackModel, null, null);
    }

    /**
     * The configuration with the moment beside it: whether the LLM can be called now (and if not, why), and what
     * each endpoint and model was found to take. Neither is part of a cache key: they change while the
     * configuration does not.
     */
    public EngineInfo now(LlmState state, List<Negotiation.View> negotiations) {
        return new EngineInfo(engine, model, promptVersion, fallbackModel, state, negotiations);
    }

    public static EngineInfo of(LlmSettings settings) {
        if (!settings.usesLlm()) {
            return new EngineInfo(OfflineEngine.ENGINE, OfflineEngine.modelId(), RepairChain.NO_PROMPT, null);
        }
        String fallback = settings.fallbackModelName();
        // the same name twice is one model: the chain never asks it a second time (see ChatModelFactory)
        if (fallback != null && fallback.equals(settings.modelName())) {
            fallback = null;
        }
        return new EngineInfo(settings.provider().engine(), settings.modelName(), settings.promptVersion(), fallback);
    }
}
