package io.digestrepair.simulator.profile;

import io.digestrepair.simulator.chat.ChatRequest;

import java.util.SplittableRandom;

/**
 * A reasoning model's thinking, as local OpenAI-compatible servers return it in the content when no reasoning
 * parser splits it off: vLLM without {@code --reasoning-parser}, llama.cpp's server with
 * {@code --reasoning-format none}, Ollama's /v1 for thinking models (ggml-org/llama.cpp#11607,
 * vllm-project/vllm#13375). DeepSeek-R1 distills' chat templates open the block in the prompt, so their
 * answers carry only the closing tag (vllm-project/vllm#13125); the thinking quotes half-made answers with
 * braces, so a reader that takes the first object it sees reads a draft.
 */
public final class Thinking {

    private static final String[] STEPS = {
            "Okay, the user wants the fields of this paper repaired, as one JSON object.",
            "Let me read the abstract again and find what the authors propose.",
            "A first draft could be {\"tldr\": \"draft\"} but that is too short; I should use the abstract's claim.",
            "The numbers must be the abstract's own, so I will not round them.",
            "Wait, the motivation should say why the problem matters, not repeat the method.",
            "I think the result sentence is the one with the reported figures.",
            "Let me check the word limits: one sentence for the TL;DR, at most 120 words for the others.",
    };

    private Thinking() {
    }

    /**
     * The block that opens the content. A share {@code rateLong} of answers think for longer than
     * {@code serverLimit} tokens, so that without a larger {@code max_tokens} they end cut off, mid-thought or
     * mid-answer, with {@code finish_reason: "length"}.
     */
    public static String block(ChatRequest request, SplittableRandom random, double rateLong, int serverLimit) {
        boolean longThought = random.nextDouble() < rateLong;
        int tokens = longThought ? Math.max(200, serverLimit) + 50 + random.nextInt(200) : 40 + random.nextInt(80);
        boolean openedInPrompt = random.nextInt(4) == 0;
        return (openedInPrompt ? "" : "<think>\n") + text(random, tokens) + "\n</think>\n\n";
    }

    /** About {@code tokens} tokens (four characters each) of thinking. */
    public static String text(SplittableRandom random, int tokens) {
        // always the draft: a reader that takes the first object it sees must meet it
        StringBuilder b = new StringBuilder(STEPS[0]).append(' ').append(STEPS[2]);
        while (b.length() < tokens * 4) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(STEPS[random.nextInt(STEPS.length)]);
        }
        return b.toString();
    }
}
