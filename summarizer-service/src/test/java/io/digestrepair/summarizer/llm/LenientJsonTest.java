package io.digestrepair.summarizer.llm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LenientJsonTest {

    @Test
    void cleanObjectNeedsNoRepair() {
        var r = LenientJson.read("{\"tldr\": \"A \\\"quoted\\\" word.\", \"method\": \"Line\\nbreak \\u00e9\"}");
        assertTrue(r.complete());
        assertEquals("A \"quoted\" word.", r.values().get("tldr"));
        assertEquals("Line\nbreak é", r.values().get("method"));
        assertTrue(r.repairs().isEmpty(), r.repairs().toString());
    }

    @Test
    void codeFenceAndProseAround() {
        var r = LenientJson.read("Sure! Here is the JSON:\n```json\n{\"tldr\": \"We study X.\"}\n```\nHope it helps.");
        assertTrue(r.complete());
        assertEquals("We study X.", r.values().get("tldr"));
        assertTrue(r.repairs().contains("code fence"), r.repairs().toString());
    }

    @Test
    void proseAroundWithoutFence() {
        var r = LenientJson.read("The answer is {\"result\": \"It works.\"} as requested.");
        assertEquals("It works.", r.values().get("result"));
        assertTrue(r.repairs().contains("text before the JSON object"));
        assertTrue(r.repairs().contains("text after the JSON object"));
    }

    @Test
    void trailingComma() {
        var r = LenientJson.read("{\"tldr\": \"One.\", \"result\": \"Two.\",\n}");
        assertTrue(r.complete());
        assertEquals("Two.", r.values().get("result"));
        assertTrue(r.repairs().contains("trailing comma"));
    }

    @Test
    void smartQuotesAsDelimiters() {
        var r = LenientJson.read("{\u201Ctldr\u201D: \u201CWe propose a \"new\" method.\u201D, \u201Cmethod\u201D: \u201CUse it.\u201D}");
        assertTrue(r.complete(), r.problem());
        assertEquals("We propose a \"new\" method.", r.values().get("tldr"));
        assertEquals("Use it.", r.values().get("method"));
        assertTrue(r.repairs().contains("smart quotes"));
    }

    @Test
    void smartQuotesInsideAStraightQuotedValueAreText() {
        var r = LenientJson.read("{\"tldr\": \"The \u201Cbest\u201D, as they say.\"}");
        assertEquals("The \u201Cbest\u201D, as they say.", r.values().get("tldr"));
    }

    @Test
    void latexBackslashesSurviveEvenWhenTheyLookLikeEscapes() {
        var r = LenientJson.read("{\"method\": \"Minimise \\alpha + \\beta \\times \\nabla f with \\theta, \\rho, \\frac{1}{2}, \\mathbb{R}.\"}");
        assertTrue(r.complete());
        assertEquals("Minimise \\alpha + \\beta \\times \\nabla f with \\theta, \\rho, \\frac{1}{2}, \\mathbb{R}.",
                r.values().get("method"));
        assertTrue(r.repairs().contains("LaTeX backslashes"));
    }

    @Test
    void doubledBackslashesAreReadAsOne() {
        var r = LenientJson.read("{\"method\": \"Uses \\\\alpha.\"}");
        assertEquals("Uses \\alpha.", r.values().get("method"));
        assertTrue(r.repairs().isEmpty());
    }

    @Test
    void unescapedQuoteInsideAValue() {
        var r = LenientJson.read("{\"tldr\": \"The so-called \"deep\" model wins.\", \"result\": \"Yes.\"}");
        assertEquals("The so-called \"deep\" model wins.", r.values().get("tldr"));
        assertEquals("Yes.", r.values().get("result"));
    }

    @Test
    void truncatedReplyKeepsTheCompleteValues() {
        var r = LenientJson.read("{\"tldr\": \"Complete sentence.\", \"motivation\": \"Because it was cut of");
        assertFalse(r.complete());
        assertEquals("truncated JSON", r.problem());
        assertEquals("Complete sentence.", r.values().get("tldr"));
        assertNull(r.values().get("motivation"));
    }

    @Test
    void keysAreNormalisedAndNestedObjectsFlattened() {
        var r = LenientJson.read("{\"fields\": {\"TL;DR\": \"Short.\", \"Method\": \"How.\"}, \"score\": 3}");
        assertTrue(r.complete(), r.problem());
        assertEquals("Short.", r.values().get("tldr"));
        assertEquals("How.", r.values().get("method"));
        assertNull(r.values().get("score"));
    }

    @Test
    void noObjectAtAll() {
        assertEquals("no JSON object in the reply", LenientJson.read("I cannot help with that.").problem());
        assertEquals("empty reply", LenientJson.read("  ").problem());
    }
}
