package io.digestrepair.summarizer.llm;

import io.digestrepair.core.wire.LlmState;
import io.digestrepair.core.wire.LlmUsage;

import java.util.ArrayList;
import java.util.List;

/** What one paper's LLM calls cost and what went wrong on the way; becomes its provenance. */
public final class CallLog {

    private int attempts;
    private final List<String> warnings = new ArrayList<>();
    private LlmUsage usage = LlmUsage.NONE;
    private LlmHealth.Stop stop;

    public synchronized void attempted() {
        attempts++;
    }

    public synchronized int attempts() {
        return attempts;
    }

    public synchronized void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The tokens of one answered call, as the provider counted them. */
    public synchronized void used(LlmUsage call) {
        usage = usage.plus(call);
    }

    /** Null when no call was answered. */
    public synchronized LlmUsage usage() {
        return usage.calls() == 0 ? null : usage;
    }

    /** The paper could not use a model because its calls are stopped. */
    public synchronized void stopped(LlmHealth.Stop s) {
        if (stop == null || (stop.model() != null && s.model() == null)) {
            stop = s;
        }
    }

    /** Why the LLM was not used for this paper, or null when it was. */
    public synchronized LlmState llm(LlmHealth health, List<String> models) {
        if (stop == null) {
            return null;
        }
        LlmHealth.State s = health.state(models);
        return s.state().equals("ok") ? new LlmState("fallback", stop.reason(), stop.remedy())
                : new LlmState(s.state(), s.reason(), s.remedy());
    }
}
