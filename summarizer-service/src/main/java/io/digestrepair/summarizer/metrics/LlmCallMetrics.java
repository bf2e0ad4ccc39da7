package io.digestrepair.summarizer.metrics;

import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.output.TokenUsage;
import io.digestrepair.summarizer.llm.Failures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Token usage and latency of every LLM call, per engine and model, seen where LangChain4j sees the
 * response, so calls whose reply later fails the checks are counted too: they were paid for.
 */
public final class LlmCallMetrics implements ChatModelListener {

    private static final String START = LlmCallMetrics.class.getName() + ".start";

    private final MeterRegistry registry;
    private final String engine;
    private final String model;

    public LlmCallMetrics(MeterRegistry registry, String engine, String model) {
        this.registry = registry;
        this.engine = engine;
        this.model = model;
    }

    @Override
    public void onRequest(ChatModelRequestContext context) {
        context.attributes().put(START, System.nanoTime());
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        record(context.attributes().get(START), "ok");
        TokenUsage usage = context.chatResponse().tokenUsage();
        if (usage != null) {
            tokens("prompt", usage.inputTokenCount());
            tokens("completion", usage.outputTokenCount());
        }
    }

    @Override
    public void onError(ChatModelErrorContext context) {
        record(context.attributes().get(START), Failures.kind(context.error()));
    }

    private void tokens(String type, Integer count) {
        if (count != null && count > 0) {
            Counter.builder("summarizer.llm.tokens").description("Tokens used by LLM calls")
                    .tag("engine", engine).tag("model", model).tag("type", type)
                    .register(registry).increment(count);
        }
    }

    private void record(Object start, String outcome) {
        if (start instanceof Long s) {
            Timer.builder("summarizer.llm.calls").description("LLM call latency, by outcome")
                    .tag("engine", engine).tag("model", model).tag("outcome", outcome)
                    .register(registry).record(System.nanoTime() - s, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
