package io.digestrepair.summarizer.llm;

import io.digestrepair.core.FieldName;

import java.util.Set;

/**
 * One model on one provider, as a stage of the repair chain.
 *
 * @param engine  {@code openai} or {@code ollama}
 * @param model   the model name sent to the provider
 */
public record LlmStage(String engine, String model, RepairAssistant assistant, Conversations conversations,
                       ProviderGuard guard, ResponseMode mode) {

    /**
     * Asks for {@code fields} in {@code conversation}. A reply is never thrown away here: the fields
     * are read from it leniently, and what could not be read is left null for the checks to report.
     */
    public Answer ask(Conversation conversation, String message, Set<FieldName> fields, CallLog log) throws LlmUnavailable {
        RepairedFields written = guard.call(() -> {
            int mark = conversation.mark();
            try {
                return assistant.repair((String) conversation.id(), message, ResponseSchemas.parameters(fields, mode));
            } catch (RuntimeException e) {
                // a failed call must not leave its user message behind: the retry sends it again
                conversation.rollback(mark);
                throw e;
            }
        }, log);
        LenientJson.Reading reading = LenientJson.read(conversation.lastAnswer());
        return new Answer(written == null ? RepairedFields.NONE : written, reading);
    }

    /** The fields written, and how the reply read (its repairs and, if any, why it was incomplete). */
    public record Answer(RepairedFields fields, LenientJson.Reading reading) {
    }
}
