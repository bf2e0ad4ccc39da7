package io.digestrepair.summarizer.llm;

import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.ChatMemoryProvider;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The open conversations of one assistant; each lives for one paper and is closed when the paper is done. */
public final class Conversations implements ChatMemoryProvider {

    private final Map<Object, Conversation> open = new ConcurrentHashMap<>();

    public Conversation open() {
        Conversation c = new Conversation(UUID.randomUUID().toString());
        open.put(c.id(), c);
        return c;
    }

    public void close(Conversation conversation) {
        open.remove(conversation.id());
    }

    public int size() {
        return open.size();
    }

    @Override
    public ChatMemory get(Object memoryId) {
        return open.computeIfAbsent(memoryId, id -> new Conversation(id.toString()));
    }
}
