package io.digestrepair.simulator.fault;

import io.digestrepair.simulator.Checks;
import io.digestrepair.simulator.answer.Answer;
import io.digestrepair.simulator.chat.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultyContentTest {

    private static final Answer ANSWER = Answer.ofFields(fields());

    private static Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("tldr", "We propose PageNet, which reaches 99.16% accuracy with \"quoted\" terms.");
        f.put("result", "Experiments show gains of 3.5 points over GPT-4o.");
        return f;
    }

    @Test
    void theGoodAnswerIsStrictJsonWithTheFields() {
        JsonNode node = Json.MAPPER.readTree(FaultyContent.good(ANSWER));
        assertEquals(ANSWER.fields().get("tldr"), node.get("tldr").stringValue());
        assertEquals(2, node.size());
    }

    @ParameterizedTest
    @EnumSource(MalformedVariant.class)
    void everyMalformedVariantFailsStrictParsing(MalformedVariant variant) {
        String content = FaultyContent.malformed(ANSWER, variant);
        assertThrows(JacksonException.class, () -> Json.MAPPER.readTree(content), content);
        switch (variant) {
            case TRUNCATED -> assertTrue(content.startsWith("{") && !content.endsWith("}"), content);
            case FENCED -> assertTrue(content.contains("```json\n{") && !content.startsWith("{"), content);
            case TRAILING_COMMA -> assertTrue(content.matches("(?s).*,\\s*}$"), content);
            case SMART_QUOTES -> assertTrue(content.contains("\u201ctldr\u201d"), content);
            case LATEX_BACKSLASH -> assertTrue(content.contains("$\\alpha$"), content);
        }
    }

    @Test
    void aFencedAnswerStillHoldsTheJsonALenientReaderCanRecover() {
        String content = FaultyContent.malformed(ANSWER, MalformedVariant.FENCED);
        String json = content.substring(content.indexOf("```json") + 7, content.lastIndexOf("```"));
        assertEquals(ANSWER.fields().get("result"), Json.MAPPER.readTree(json).get("result").stringValue());
    }

    @Test
    void wrongLanguageAnswersEveryFieldInChinese() {
        JsonNode node = Json.MAPPER.readTree(FaultyContent.wrongLanguage(ANSWER, new SplittableRandom(1)));
        assertEquals(2, node.size());
        node.forEach(v -> assertTrue(Checks.hasCjk(v.stringValue()), v.toString()));
    }

    @Test
    void placeholderAnswersEveryFieldWithTheSameFailureText() {
        JsonNode node = Json.MAPPER.readTree(FaultyContent.placeholder(ANSWER, new SplittableRandom(3)));
        String text = node.get("tldr").stringValue();
        assertTrue(FaultyContent.PLACEHOLDERS.contains(text), text);
        assertEquals(text, node.get("result").stringValue());
        assertTrue(!Checks.problems("tldr", text).isEmpty());
    }
}
