package io.digestrepair.simulator.chat;

/** One message of a chat request; content parts of a multi-part message are joined with new lines. */
public record ChatMessage(String role, String content) {

    public boolean isUser() {
        return "user".equals(role);
    }
}
