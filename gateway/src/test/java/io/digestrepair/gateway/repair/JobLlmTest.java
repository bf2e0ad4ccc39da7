package io.digestrepair.gateway.repair;

import io.digestrepair.core.wire.LlmUsage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class JobLlmTest {

    @Test
    void theBannerSaysWhoRefusedWhatTheOfflineEngineWroteAndWhatToDo() {
        JobLlm stopped = new JobLlm("stopped", "DeepSeek refused deepseek-chat: insufficient balance (HTTP 402: "
                + "Insufficient Balance)", "top up the account", 381, LlmUsage.NONE);
        assertEquals("DeepSeek refused deepseek-chat: insufficient balance (HTTP 402: Insufficient Balance). 381 papers "
                + "were written by the offline engine; top up the account, then repair again with ?upgrade=offline.",
                stopped.banner());
        assertNull(new JobLlm("ok", null, null, 0, LlmUsage.NONE).banner());
        assertNull(new JobLlm("offline", "no LLM is configured", null, 0, LlmUsage.NONE).banner());
    }
}
