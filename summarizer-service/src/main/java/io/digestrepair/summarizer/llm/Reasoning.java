package io.digestrepair.summarizer.llm;

/**
 * A reasoning model's thinking, written into the content by local servers that do not split it off (vLLM
 * without a reasoning parser, llama.cpp's server with {@code --reasoning-format none}, Ollama's /v1:
 * ggml-org/llama.cpp#11607, vllm-project/vllm#13375): never the answer, even when it quotes a draft of one.
 * DeepSeek-R1 distills open the block in the prompt, so only the closing tag may be there (vllm-project/vllm#13125).
 * DeepSeek's own {@code reasoning_content} is a separate member LangChain4j does not put in the text at all.
 */
public final class Reasoning {

    private static final String OPEN = "<think>";
    private static final String CLOSE = "</think>";

    private Reasoning() {
    }

    /** The text after the thinking; "" when the reply was cut off while still thinking. */
    public static String strip(String reply) {
        if (reply == null) {
            return null;
        }
        int close = reply.lastIndexOf(CLOSE);
        if (close >= 0) {
            return reply.substring(close + CLOSE.length());
        }
        return reply.stripLeading().startsWith(OPEN) ? "" : reply;
    }

    public static boolean thinking(String reply) {
        return reply != null && (reply.contains(CLOSE) || reply.stripLeading().startsWith(OPEN));
    }
}
