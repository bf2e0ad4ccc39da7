package io.digestrepair.summarizer.llm;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.Result;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.wire.LlmUsage;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One model on one provider, as a stage of the repair chain.
 *
 * @param engine      {@code openai} or {@code ollama}
 * @param model       the model name sent to the provider
 * @param negotiation what this endpoint and model take (response format, token limit)
 * @param health      whether the provider's models may still be called (shared by its stages)
 * @param prices      for the cost estimate
 */
public record LlmStage(String engine, String model, RepairAssistant assistant, Conversations conversations,
                       ProviderGuard guard, Negotiation negotiation, LlmHealth health, Prices prices) {

    /** {@code LLM_PRICE_INPUT_PER_MTOK} and {@code LLM_PRICE_OUTPUT_PER_MTOK}; null when unset. */
    public record Prices(Double inputPerMtok, Double outputPerMtok) {
        public static final Prices NONE = new Prices(null, null);

        Double cost(long prompt, long completion) {
            if (inputPerMtok == null && outputPerMtok == null) {
                return null;
            }
            // cached prompt tokens are billed at the input price: an upper bound where the provider discounts them
            return (prompt * (inputPerMtok == null ? 0 : inputPerMtok) + completion * (outputPerMtok == null ? 0 : outputPerMtok)) / 1e6;
        }
    }

    /** Format refusals one call may step through: json_schema -> json_object -> text. */
    private static final int MAX_FORMAT_STEPS = 2;

    /**
     * Asks for {@code fields} in {@code conversation}. A reply is never thrown away here: the fields
     * are read from it leniently, and what could not be read is left null for the checks to report.
     * A refused response format is retried at once in the next plainer one; an error that no retry mends
     * stops this model (or the whole account) for every paper, and is thrown as {@link LlmUnavailable}.
     */
    public Answer ask(Conversation conversation, String message, Set<FieldName> fields, CallLog log) throws LlmUnavailable {
        for (int step = 0; ; step++) {
            LlmHealth.Stop stop = health.stopped(model);
            if (stop != null) {
                log.stopped(stop);
                throw new LlmUnavailable(stop.reason(), null);
            }
            boolean probing;
            try {
                probing = negotiation.awaitTurn();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("cancelled");
            }
            // read once a permit is held, not before the wait for one: what other calls learnt meanwhile applies
            ResponseMode[] sent = {negotiation.mode()};
            Integer[] sentMaxTokens = {null};
            try {
                Result<String> result = guard.call(() -> {
                    ResponseMode m = negotiation.mode();
                    Integer limit = negotiation.maxTokens();
                    sent[0] = m;
                    sentMaxTokens[0] = limit;
                    int mark = conversation.mark();
                    try {
                        return assistant.repair((String) conversation.id(), message + ResponseSchemas.instructions(fields, m),
                                ResponseSchemas.parameters(fields, m, limit));
                    } catch (RuntimeException e) {
                        // a failed call must not leave its user message behind: the retry sends it again
                        conversation.rollback(mark);
                        throw e;
                    }
                }, log, () -> {
                    // asked again once a permit is held: papers queued while a call found the account empty stay home
                    LlmHealth.Stop s = health.stopped(model);
                    return s == null ? null : new StoppedCall(s);
                });
                ResponseMode mode = sent[0];
                Integer maxTokens = sentMaxTokens[0];
                negotiation.confirm(mode);
                log.used(usage(result));
                boolean cutOff = result.finishReason() == FinishReason.LENGTH;
                if (cutOff) {
                    int raised = negotiation.truncated(maxTokens);
                    log.warn(engine + "/" + model + ": answer cut off at the token limit"
                            + (maxTokens == null ? "" : " (" + maxTokens + ")") + ", asked again with max_tokens " + raised);
                }
                if (!cutOff && Reasoning.thinking(result.content())) {
                    // a model that thinks in its content spends tokens before it answers: give it room before a
                    // long thought runs into the server's limit, not after
                    negotiation.thinks();
                }
                LenientJson.Reading reading = LenientJson.read(result.content());
                return new Answer(RepairedFields.of(reading.values()), reading, cutOff);
            } catch (LlmUnavailable e) {
                StoppedCall stopped = Failures.find(e, StoppedCall.class);
                if (stopped != null) {
                    log.stopped(stopped.stop);
                    throw new LlmUnavailable(stopped.stop.reason(), e);
                }
                ResponseMode mode = sent[0];
                Failures.Failure f = Failures.classify(e.getCause() == null ? e : e.getCause());
                switch (f.kind()) {
                    case FORMAT_REFUSED -> {
                        if (step < MAX_FORMAT_STEPS && negotiation.refused(mode, f.reason())) {
                            log.warn(engine + "/" + model + ": " + mode.key() + " " + f.reason() + ", asked again as "
                                    + negotiation.mode().key());
                            continue;
                        }
                        throw fatal(new Failures.Failure(Failures.Kind.MODEL, "refused", f.status(),
                                f.reason() + ", and no plainer response format is left"), log, e);
                    }
                    case ACCOUNT, MODEL -> throw fatal(f, log, e);
                    default -> throw e;
                }
            } finally {
                if (probing) {
                    negotiation.release();
                }
            }
        }
    }

    private LlmUnavailable fatal(Failures.Failure f, CallLog log, LlmUnavailable e) {
        LlmHealth.Stop stop = health.stop(f, model);
        log.stopped(stop);
        return new LlmUnavailable(stop.reason(), e);
    }

    private static final Pattern DEEPSEEK_CACHE_HIT = Pattern.compile("\"prompt_cache_hit_tokens\"\\s*:\\s*(\\d+)");

    /**
     * The provider's counts. Cached prompt tokens come from OpenAI's {@code prompt_tokens_details.cached_tokens}
     * (which LangChain4j reads) or DeepSeek's {@code prompt_cache_hit_tokens}
     * (https://api-docs.deepseek.com/guides/kv_cache, which it does not: read from the raw body).
     */
    private LlmUsage usage(Result<String> result) {
        TokenUsage tokens = result.tokenUsage();
        long prompt = tokens == null || tokens.inputTokenCount() == null ? 0 : tokens.inputTokenCount();
        long completion = tokens == null || tokens.outputTokenCount() == null ? 0 : tokens.outputTokenCount();
        long cached = 0;
        ChatResponse response = result.finalResponse();
        if (response != null && response.metadata() instanceof OpenAiChatResponseMetadata m) {
            OpenAiTokenUsage u = m.tokenUsage();
            if (u != null && u.inputTokensDetails() != null && u.inputTokensDetails().cachedTokens() != null) {
                cached = u.inputTokensDetails().cachedTokens();
            }
            if (cached == 0 && m.rawHttpResponse() != null && m.rawHttpResponse().body() != null) {
                Matcher hit = DEEPSEEK_CACHE_HIT.matcher(m.rawHttpResponse().body());
                if (hit.find()) {
                    cached = Long.parseLong(hit.group(1));
                }
            }
        }
        return new LlmUsage(1, prompt, completion, cached, prices.cost(prompt, completion));
    }

    /** A call not made: the model was stopped while the paper waited for a permit. */
    static final class StoppedCall extends RuntimeException {
        final LlmHealth.Stop stop;

        StoppedCall(LlmHealth.Stop stop) {
            super(stop.reason(), null, false, false);
            this.stop = stop;
        }
    }

    /**
     * The fields written, how the reply read (its repairs and, if any, why it was incomplete), and whether it
     * was cut off at the token limit (then incomplete whatever it holds).
     */
    public record Answer(RepairedFields fields, LenientJson.Reading reading, boolean cutOff) {
    }
}
