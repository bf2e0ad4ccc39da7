package io.digestrepair.summarizer.llm;

import java.util.ArrayList;
import java.util.List;

/** What one paper's LLM calls cost and what went wrong on the way; becomes its provenance. */
public final class CallLog {

    private int attempts;
    private final List<String> warnings = new ArrayList<>();

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
}
