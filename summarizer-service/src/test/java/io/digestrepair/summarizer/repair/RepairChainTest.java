package io.digestrepair.summarizer.repair;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.wire.SummaryResponse;
import io.digestrepair.summarizer.llm.ScriptedLlmServer;
import io.digestrepair.summarizer.llm.ScriptedLlmServer.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fallback chain against a scripted endpoint: what is kept, what is asked again, what it costs. */
class RepairChainTest {

    private static final Map<FieldName, Action> TLDR_AND_METHOD = Map.of(FieldName.TLDR, Action.GENERATE,
            FieldName.METHOD, Action.GENERATE);

    private static String json(String k1, String v1, String k2, String v2) {
        return "{\"" + k1 + "\": \"" + v1 + "\", \"" + k2 + "\": \"" + v2 + "\"}";
    }

    @Test
    void anAnswerGoodForOneFieldKeepsItAndCorrectsOnlyTheOther() throws Exception {
        try (var server = ScriptedLlmServer.openAi().then(
                Reply.ok(json("tldr", Chains.GOOD_TLDR, "method", "N/A")),
                Reply.ok("{\"method\": \"" + Chains.GOOD_METHOD + "\"}"))) {
            var built = Chains.chain(Chains.settings(server.baseUrl(), "5s", 2, 10, "30s"), true, Chains.offlineUnavailable());
            SummaryResponse answer = built.chain().repair(Chains.plan(TLDR_AND_METHOD));

            assertNull(answer.error());
            assertEquals(Chains.GOOD_TLDR, answer.fields().get("tldr"));
            assertEquals(Chains.GOOD_METHOD, answer.fields().get("method"));
            assertEquals(2, server.received().size());

            var retry = server.received().get(1);
            var messages = retry.body().get("messages");
            assertEquals(4, messages.size(), messages.toPrettyString());
            assertEquals("assistant", messages.get(2).get("role").asText());
            assertTrue(messages.get(2).get("content").asText().contains("N/A"));
            assertTrue(messages.get(1).get("content").asText().contains("\"action\" : \"GENERATE\""));
            String correction = messages.get(3).get("content").asText();
            assertTrue(correction.contains("method is a placeholder"), correction);
            assertEquals("[\"method\"]", retry.body().at("/response_format/json_schema/schema/required").toString());

            var method = answer.provenance().get("method");
            assertEquals("openai", method.engine());
            assertEquals("main-model", method.model());
            assertEquals("GENERATE", method.mode());
            assertEquals("repair-v1", method.promptVersion());
            assertEquals(2, method.attempts());
            assertTrue(method.warnings().stream().anyMatch(w -> w.contains("placeholder")), method.warnings().toString());
        }
    }

    @Test
    void aMalformedButReadableReplyCostsNoSecondCall() throws Exception {
        String broken = "Here you go:\n```json\n{\u201Ctldr\u201D: \u201C" + Chains.GOOD_TLDR + "\u201D, \"method\": \""
                + Chains.GOOD_METHOD + " With \\alpha fixed.\",}\n```";
        try (var server = ScriptedLlmServer.openAi().then(Reply.ok(broken))) {
            var built = Chains.chain(Chains.settings(server.baseUrl(), "5s", 2, 10, "30s"), false, Chains.offlineUnavailable());
            SummaryResponse answer = built.chain().repair(Chains.plan(TLDR_AND_METHOD));
            assertNull(answer.error());
            assertEquals(1, server.received().size());
            assertTrue(answer.fields().get("method").endsWith("With \\alpha fixed."));
            assertTrue(answer.provenance().get("tldr").warnings().stream().anyMatch(w -> w.contains("read leniently")));
        }
    }

    @Test
    void aTruncatedReplyIsCorrectedWithWhatWasWrong() throws Exception {
        try (var server = ScriptedLlmServer.openAi().then(
                Reply.ok("{\"tldr\": \"" + Chains.GOOD_TLDR + "\", \"method\": \"The authors corr"),
                Reply.ok("{\"method\": \"" + Chains.GOOD_METHOD + "\"}"))) {
            var built = Chains.chain(Chains.settings(server.baseUrl(), "5s", 2, 10, "30s"), false, Chains.offlineUnavailable());
            SummaryResponse answer = built.chain().repair(Chains.plan(TLDR_AND_METHOD));
            assertNull(answer.error());
            assertEquals(Chains.GOOD_TLDR, answer.fields().get("tldr"));
            String correction = server.received().get(1).lastMessage("user");
            assertTrue(correction.contains("truncated JSON"), correction);
        }
    }

    @Test
    void rateLimitsAreRetriedAfterTheServersRetryAfter() throws Exception {
        try (var server = ScriptedLlmServer.openAi().then(
                Reply.status(429, Map.of("Retry-After", "1")),
                Reply.ok(json("tldr", Chains.GOOD_TLDR, "method", Chains.GOOD_METHOD)))) {
            var built = Chains.chain(Chains.settings(server.baseUrl(), "5s", 2, 10, "30s"), false, Chains.offlineUnavailable());
            long start = System.nanoTime();
            SummaryResponse answer = built.chain().repair(Chains.plan(TLDR_AND_METHOD));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertNull(answer.error());
            assertTrue(ms >= 1000, "waited only " + ms + " ms, not the 1 s Retry-After");
            assertEquals(2, server.received().size());
            assertEquals(2, answer.provenance().get("tldr").attempts());
            assertTrue(answer.provenance().get("tldr").warnings().contains("openai: rate_limited (HTTP 429), retried"),
                    answer.provenance().get("tldr").warnings().toString());
            // the retry sends exactly what the first try sent: no half exchange left in the conversation
            assertEquals(server.received().get(0).body(), server.received().get(1).body());
        }
    }

    @Test
    void timeoutsAreRetried() throws Exception {
        try (var server = ScriptedLlmServer.openAi().then(
                Reply.slow(json("tldr", Chains.GOOD_TLDR, "method", Chains.GOOD_METHOD), 3000),
                Reply.ok(json("tldr", Chains.GOOD_TLDR, "method", Chains.GOOD_METHOD)))) {
            var built = Chains.chain(Chains.settings(server.baseUrl(), "500ms", 2, 10, "30s"), false, Chains.offlineUnavailable());
            SummaryResponse answer = built.chain().repair(Chains.plan(TLDR_AND_METHOD));
            assertNull(answer.error());
            assertTrue(answer.provenance().get("tldr").warnings().contains("openai: timeout, retried"),
                    answer.provenance().get("tldr").warnings().toString());
        }
    }

    @Test
    void theFallbackModelTakesOverAfterTheCorrectiveRetryFails() throws Exception {
        String chinese = json("tldr", "更高的V2V采用率可能提高事故概率。", "method", Chains.GOOD_METHOD);
        try (var server = ScriptedLlmServer.openAi().then(Reply.ok(chinese), Reply.ok("{\"tldr\": \"同上。\"}"),
                Reply.ok("{\"tldr\": \"" + Chains.GOOD_TLDR + "\"}"))) {
            var built = Chains.chain(Chains.settings(server.baseUrl(), "5s", 2, 10, "30s"), true, Chains.offlineUnavailable());
            SummaryResponse answer = built.chain().repair(Chains.plan(TLDR_AND_METHOD));
            assertNull(answer.error());
            assertEquals(3, server.received().size());
            assertEquals("fallback-model", server.received().get(2).body().get("model").asText());
            // the fallback model sees the accepted method as context, asked only for the TL;DR
            String paper = server.received().get(2).lastMessage("user");
            assertTrue(paper.contains(Chains.GOOD_METHOD), paper);
            assertEquals("[\"tldr\"]", server.received().get(2).body().at("/response_format/json_schema/schema/required").toString());
            assertEquals("fallback-model", answer.provenance().get("tldr").model());
            assertEquals("main-model", answer.provenance().get("method").model());
            assertEquals(3, answer.provenance().get("tldr").attempts());
        }
    }

    @Test
    void whenEveryLlmStageFailsTheOfflineEngineWrites() throws Exception {
        try (var server = ScriptedLlmServer.openAi().otherwise(r -> Reply.ok("{\"tldr\": \"Error\", \"method\": \"N/A\"}"))) {
            var built = Chains.chain(Chains.settings(server.baseUrl(), "5s", 0, 10, "30s"), true,
                    Chains.offlineWriting(Chains.OFFLINE_TEXT));
            SummaryResponse answer = built.chain().repair(Chains.plan(TLDR_AND_METHOD));
            assertNull(answer.error());
            assertEquals(4, server.received().size(), "two answers from each model");
            assertEquals(Chains.OFFLINE_TEXT, answer.fields().get("tldr"));
            assertEquals("offline", answer.provenance().get("tldr").engine());
            assertEquals(io.digestrepair.offline.OfflineEngine.modelId(), answer.provenance().get("tldr").model());
        }
    }

    @Test
    void withoutAnOfflineEngineThePaperGetsAnErrorNeverAPlaceholder() throws Exception {
        try (var server = ScriptedLlmServer.openAi().otherwise(r -> Reply.ok("{\"tldr\": \"Summary generation failed\"}"))) {
            var built = Chains.chain(Chains.settings(server.baseUrl(), "5s", 0, 10, "30s"), false, Chains.offlineUnavailable());
            SummaryResponse answer = built.chain().repair(Chains.plan(Map.of(FieldName.TLDR, Action.GENERATE)));
            assertNull(answer.fields());
            assertNotNull(answer.error());
            assertTrue(answer.error().contains("offline engine unavailable"), answer.error());
        }
    }

    @Test
    void aPartlyRepairedPaperKeepsItsGoodFieldsBesideTheError() throws Exception {
        try (var server = ScriptedLlmServer.openAi().otherwise(r -> Reply.ok(json("tldr", Chains.GOOD_TLDR, "method", "TBD")))) {
            var built = Chains.chain(Chains.settings(server.baseUrl(), "5s", 0, 10, "30s"), false, Chains.offlineUnavailable());
            SummaryResponse answer = built.chain().repair(Chains.plan(TLDR_AND_METHOD));
            assertEquals(Chains.GOOD_TLDR, answer.fields().get("tldr"));
            assertNull(answer.fields().get("method"));
            assertTrue(answer.error().startsWith("method could not be repaired"), answer.error());
        }
    }

    @Test
    void theCircuitOpensSendsPapersStraightToTheFallbackAndProbesLater() throws Exception {
        try (var server = ScriptedLlmServer.openAi().otherwise(r -> Reply.status(500, Map.of()))) {
            var built = Chains.chain(Chains.settings(server.baseUrl(), "5s", 0, 2, "400ms"), false,
                    Chains.offlineWriting(Chains.OFFLINE_TEXT));
            var plan = Chains.plan(Map.of(FieldName.TLDR, Action.GENERATE));
            built.chain().repair(plan);
            built.chain().repair(plan);
            assertTrue(built.guard().isOpen());
            int callsWhenOpened = server.received().size();

            SummaryResponse whileOpen = built.chain().repair(plan);
            assertEquals(callsWhenOpened, server.received().size(), "an open circuit sends nothing to the provider");
            assertEquals("offline", whileOpen.provenance().get("tldr").engine());
            assertTrue(whileOpen.provenance().get("tldr").warnings().stream().anyMatch(w -> w.contains("circuit open")));

            server.otherwise(r -> Reply.ok("{\"tldr\": \"" + Chains.GOOD_TLDR + "\"}"));
            Thread.sleep(500);
            SummaryResponse probe = built.chain().repair(plan);
            assertEquals("openai", probe.provenance().get("tldr").engine());
            assertTrue(built.guard().circuitState() == dev.failsafe.CircuitBreaker.State.CLOSED);
        }
    }

    @Test
    void aTranslationKeepsTheSourcesNumbersAndTerms() throws Exception {
        try (var server = ScriptedLlmServer.openAi().then(
                Reply.ok("{\"result\": \"In some cases a higher adoption rate may raise accident probability.\"}"),
                Reply.ok("{\"result\": \"In some cases a higher V2V adoption rate may raise accident probability by 12%.\"}"))) {
            var built = Chains.chain(Chains.settings(server.baseUrl(), "5s", 0, 10, "30s"), false, Chains.offlineUnavailable());
            SummaryResponse answer = built.chain().repair(Chains.plan(Map.of(FieldName.RESULT, Action.TRANSLATE)));
            assertNull(answer.error());
            assertEquals("TRANSLATE", answer.provenance().get("result").mode());
            String correction = server.received().get(1).lastMessage("user");
            assertTrue(correction.contains("result drops numbers of the original: 12"), correction);
            assertTrue(correction.contains("drops terms of the original: V2V"), correction);
            assertEquals(List.of("result"), List.copyOf(answer.fields().keySet()));
        }
    }
}
