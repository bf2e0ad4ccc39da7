package io.digestrepair.summarizer.llm;

import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.UserMessage;

/**
 * The whole contract with an LLM: a paper (or a correction) in, the five fields out.
 *
 * <p>Built by LangChain4j's AiServices, with three choices that differ from the defaults, each for a reason:
 * <ul>
 *   <li>{@code parameters} carries the response format of this call: a JSON schema whose required
 *       properties are exactly the fields asked for (a paper needing two fields must not pay for five,
 *       and a corrective retry asks only for those that failed), or plain JSON mode for endpoints
 *       without schema support. It overrides the schema AiServices would derive from {@link RepairedFields}.</li>
 *   <li>The reply is read by {@link LenientReplyGuardrail} rather than by AiServices' strict parser, so a
 *       fenced, trailing-comma or LaTeX-laden reply is not thrown away (and paid for twice).</li>
 *   <li>{@code conversation} names a {@link Conversation}: a corrective retry is the same conversation,
 *       the previous answer and a user message saying what was wrong appended to it.</li>
 * </ul>
 * The system message is the versioned prompt resource, given to the builder (see {@code Prompts}).
 */
public interface RepairAssistant {

    RepairedFields repair(@MemoryId String conversation, @UserMessage String message, ChatRequestParameters parameters);
}
