package io.digestrepair.gateway.repair;

import io.digestrepair.core.wire.LlmState;
import io.digestrepair.core.wire.LlmUsage;
import io.digestrepair.core.wire.Provenance;
import io.digestrepair.core.wire.SummaryResponse;
import io.digestrepair.gateway.summarizer.SummarizerInfo;

import java.util.List;
import java.util.Map;

/**
 * Adds up what a job's answers say of the LLM: the tokens and cost of their calls, and the first reason an
 * answer gives for not using it (an account that cannot pay says so in every answer after the first call).
 */
final class LlmTally {

    private LlmUsage usage = LlmUsage.NONE;
    private LlmState refused;

    synchronized void add(SummaryResponse answer) {
        usage = usage.plus(answer.usage());
        if (answer.llm() != null && !answer.llm().ok() && (refused == null || worse(answer.llm(), refused))) {
            refused = answer.llm();
        }
    }

    /** "stopped" outranks "fallback": the last word on a job is the worst its papers met. */
    private static boolean worse(LlmState a, LlmState b) {
        return "stopped".equals(a.state()) && !"stopped".equals(b.state());
    }

    synchronized JobLlm job(SummarizerInfo summarizer, int offlinePapers) {
        if (summarizer.offline()) {
            return new JobLlm(LlmState.OFFLINE.state(), LlmState.OFFLINE.reason(), null, 0, usage);
        }
        LlmState s = refused == null ? LlmState.OK : refused;
        return new JobLlm(s.state(), s.reason(), s.remedy(), offlinePapers, usage);
    }

    /** Papers of the digest whose repaired fields the offline engine wrote though an LLM is configured. */
    static int offlinePapers(SummarizerInfo summarizer, List<FinishedPaper> finished, Map<String, RepairedPaper> entries) {
        if (summarizer.offline()) {
            return 0;
        }
        int n = 0;
        for (FinishedPaper p : finished) {
            RepairedPaper entry = p.cacheKey() == null ? null : entries.get(p.cacheKey());
            if (entry != null && entry.provenance().values().stream().map(Provenance::engine)
                    .anyMatch(SummarizerInfo.OFFLINE::equalsIgnoreCase)) {
                n++;
            }
        }
        return n;
    }
}
