package io.digestrepair.summarizer.llm;

import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.UserMessage;

/**
 * The whole contract with an LLM: a paper (or a correction) in, the reply's text out, read by {@link LenientJson}.
 *
 * <p>Built by LangChain4j's AiServices, with three choices that differ from the defaults, each for a reason:
 * <ul>
 *   <li>{@code parameters} carries the response format of this call: a JSON schema whose required
 *       properties are exactly the fields asked for (a paper needing two fields must not pay for five,
 *       and a corrective retry asks only for those that failed), or plain JSON mode for endpoints
 *       without schema support. It overrides the schema AiServices would derive from {@link RepairedFields}.</li>
 *   <li>The reply comes back as text and is read by {@link LenientJson} rather than by AiServices' strict
 *       parser, so a fenced, trailing-comma, LaTeX-laden or thinking-prefixed reply is not thrown away (and paid
 *       for twice). (An output guardrail did this before; LangChain4j cannot combine one with a {@link Result}.)</li>
 *   <li>{@code conversation} names a {@link Conversation}: a corrective retry is the same conversation,
 *       the previous answer and a user message saying what was wrong appended to it.</li>
 * </ul>
 * The system message is the versioned prompt resource, given to the builder (see {@code Prompts}). The
 * {@link Result} carries what the fields alone do not: the finish reason (an answer cut off at the token limit
 * is no complete answer) and the provider's token counts.
 */
public interface RepairAssistant {

    Result<String> repair(@MemoryId String conversation, @UserMessage String message,
                                  ChatRequestParameters parameters);
}
