package io.digestrepair.gateway.repair;

import io.digestrepair.core.wire.LlmState;
import io.digestrepair.core.wire.LlmUsage;
import io.micronaut.core.annotation.Nullable;

/**
 * What a job's LLM could do and what it cost, as stored with the job.
 *
 * @param state         {@code ok}, {@code fallback}, {@code stopped} (the provider refused: see {@code reason}) or
 *                      {@code offline} (no LLM configured)
 * @param offlinePapers papers of the repaired digest whose fields the offline engine wrote (an LLM being configured)
 * @param usage         tokens and cost of the calls the job's papers made
 */
public record JobLlm(String state, @Nullable String reason, @Nullable String remedy, int offlinePapers, LlmUsage usage) {

    /**
     * The line an operator reads on the digest page when the LLM could not be used, or null when it could:
     * "DeepSeek refused deepseek-chat: insufficient balance (HTTP 402: Insufficient Balance). 381 papers were
     * written by the offline engine; top up the account, then repair again with ?upgrade=offline."
     */
    @Nullable
    public String banner() {
        if (reason == null || new LlmState(state, reason, remedy).ok()) {
            return null;
        }
        StringBuilder b = new StringBuilder(reason.strip());
        if (!b.toString().endsWith(".")) {
            b.append('.');
        }
        if (offlinePapers > 0) {
            b.append(' ').append(offlinePapers).append(offlinePapers == 1 ? " paper was" : " papers were")
                    .append(" written by the offline engine");
            b.append(remedy == null ? "" : "; " + remedy).append(", then repair again with ?upgrade=offline.");
        } else if (remedy != null) {
            b.append(' ').append(Character.toUpperCase(remedy.charAt(0))).append(remedy.substring(1)).append('.');
        }
        return b.toString();
    }
}
