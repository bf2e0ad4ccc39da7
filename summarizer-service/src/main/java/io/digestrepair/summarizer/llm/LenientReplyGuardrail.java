package io.digestrepair.summarizer.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailResult;

/**
 * Turns the model's text into {@link RepairedFields} with {@link LenientJson}. It never asks
 * LangChain4j to re-prompt: what to do with a poor answer (keep the good fields, correct the rest,
 * fall back) is decided by the repair chain, which counts every call it pays for.
 */
public final class LenientReplyGuardrail implements OutputGuardrail {

    @Override
    public OutputGuardrailResult validate(AiMessage responseFromLLM) {
        LenientJson.Reading reading = LenientJson.read(responseFromLLM.text());
        return successWith(responseFromLLM.text(), RepairedFields.of(reading.values()));
    }
}
