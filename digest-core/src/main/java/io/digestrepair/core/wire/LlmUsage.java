package io.digestrepair.core.wire;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What a paper's LLM calls cost, from the providers' own {@code usage}: every call paid for, retries and answers
 * that failed the checks included.
 *
 * @param calls            LLM calls made
 * @param promptTokens     prompt tokens, cached ones included
 * @param completionTokens completion tokens (a reasoning model's thinking included)
 * @param cachedTokens     prompt tokens the provider served from its cache
 * @param cost             estimated cost from {@code LLM_PRICE_INPUT_PER_MTOK} and {@code LLM_PRICE_OUTPUT_PER_MTOK},
 *                         null when no price is configured
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LlmUsage(int calls, long promptTokens, long completionTokens, long cachedTokens, @Nullable Double cost) {

    public static final LlmUsage NONE = new LlmUsage(0, 0, 0, 0, null);

    public LlmUsage plus(LlmUsage o) {
        if (o == null) {
            return this;
        }
        Double c = cost == null && o.cost == null ? null : (cost == null ? 0 : cost) + (o.cost == null ? 0 : o.cost);
        return new LlmUsage(calls + o.calls, promptTokens + o.promptTokens, completionTokens + o.completionTokens,
                cachedTokens + o.cachedTokens, c);
    }
}
