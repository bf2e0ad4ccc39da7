package io.digestrepair.simulator.chat;

import java.util.List;

/**
 * The parts of an OpenAI chat completion request the simulator acts on.
 *
 * @param maxTokens {@code max_completion_tokens} or {@code max_tokens}; null when the client set no limit
 */
public record ChatRequest(String model, List<ChatMessage> messages, ResponseFormat responseFormat, Integer maxTokens) {

    public ChatRequest {
        messages = List.copyOf(messages);
    }

    /** Characters of every message, the base of the simulated prompt token count. */
    public int promptCharacters() {
        int n = 0;
        for (ChatMessage m : messages) {
            n += m.content().length();
        }
        return n;
    }
}
