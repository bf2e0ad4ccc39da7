package io.digestrepair.summarizer.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.memory.ChatMemory;

import java.util.ArrayList;
import java.util.List;

/**
 * The messages of one paper with one model. Unlike a window memory it can be rolled back: a call
 * that failed in transport (429, 5xx, timeout) leaves no half exchange behind, so its retry sends
 * exactly what the first try sent.
 */
public final class Conversation implements ChatMemory {

    private final String id;
    private final List<ChatMessage> messages = new ArrayList<>();

    public Conversation(String id) {
        this.id = id;
    }

    @Override
    public Object id() {
        return id;
    }

    @Override
    public synchronized void add(ChatMessage message) {
        if (message instanceof SystemMessage && !messages.isEmpty() && messages.getFirst() instanceof SystemMessage) {
            messages.set(0, message);
            return;
        }
        messages.add(message);
    }

    @Override
    public synchronized List<ChatMessage> messages() {
        return List.copyOf(messages);
    }

    @Override
    public synchronized void clear() {
        messages.clear();
    }

    public synchronized int mark() {
        return messages.size();
    }

    public synchronized void rollback(int mark) {
        while (messages.size() > mark) {
            messages.removeLast();
        }
    }

    /** The text of the model's last answer, or null. */
    public synchronized String lastAnswer() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof AiMessage ai) {
                return ai.text();
            }
        }
        return null;
    }
}
