package io.digestrepair.summarizer.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import io.digestrepair.summarizer.config.LlmSettings;

import java.time.Duration;
import java.util.List;

/**
 * How each engine's LangChain4j model is built. Common to all: no retries of LangChain4j's own
 * ({@code maxRetries(0)}: ours honour Retry-After and are counted in the provenance), our HTTP
 * transport, and the JSON-schema capability declared so that AiServices never appends its own
 * format instructions: the response format of each call is given explicitly (see {@link RepairAssistant}).
 */
public final class ChatModels {

    private ChatModels() {
    }

    public static ChatModel openAi(LlmSettings s, String modelName, List<ChatModelListener> listeners) {
        return OpenAiChatModel.builder()
                .httpClientBuilder(ProviderHttpClient.builder())
                .baseUrl(s.baseUrl())
                .apiKey(s.apiKey())
                .modelName(modelName)
                .temperature(s.temperature())
                .timeout(s.timeout())
                .maxRetries(0)
                .strictJsonSchema(true)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .listeners(listeners)
                .build();
    }

    public static ChatModel ollama(LlmSettings s, String modelName, List<ChatModelListener> listeners) {
        return OllamaChatModel.builder()
                .httpClientBuilder(ProviderHttpClient.builder())
                .baseUrl(s.baseUrl())
                .modelName(modelName)
                .temperature(s.temperature())
                .timeout(s.timeout())
                .maxRetries(0)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .listeners(listeners)
                .build();
    }

    public static RepairAssistant assistant(ChatModel model, Conversations conversations, String systemPrompt) {
        return AiServices.builder(RepairAssistant.class)
                .chatModel(model)
                .chatMemoryProvider(conversations)
                .systemMessageProvider(memoryId -> systemPrompt)
                .build();
    }

    /** The backoff of transport retries: from half a second, doubling, at most 20 s between tries. */
    public static final Duration RETRY_BASE_DELAY = Duration.ofMillis(500);
    public static final Duration RETRY_MAX_DELAY = Duration.ofSeconds(20);
}
