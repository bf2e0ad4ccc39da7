package io.digestrepair.gateway.repair;

import io.digestrepair.core.Action;
import io.digestrepair.core.wire.Provenance;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepairPlanTest {

    private static final SummarizerInfo OFFLINE = new SummarizerInfo("offline", "extractive", "offline-v1");
    private static final SummarizerInfo OPENAI = new SummarizerInfo("openai", "gpt-4o-mini", "repair-v1");

    @Test
    void missesBecomeRequestsWithEveryFieldAndItsAction() {
        var paper = Papers.placeholders(3);
        var plan = RepairPlan.make(List.of(paper), "English", OFFLINE, null, keys -> Map.of(), keys -> Map.of());

        assertEquals(0, plan.cached().size());
        var task = plan.tasks().getFirst();
        assertEquals("p3", task.requestId());
        assertEquals("English", task.request().targetLanguage());
        assertEquals(Papers.FIELDS.size(), task.request().fields().size());
        assertTrue(task.request().fields().values().stream().allMatch(f -> f.action() == Action.GENERATE));
        assertEquals(Set.copyOf(Papers.FIELDS), task.required());
        assertEquals(CacheKey.full(CacheKey.content(paper, "English"), OFFLINE), task.cacheKey());
    }

    @Test
    void anEntryMadeUnderAnotherEngineIsReusedUnlessUpgrading() {
        var paper = Papers.chinese(1);
        String content = CacheKey.content(paper, "English");
        RepairedPaper offlineEntry = entry(CacheKey.full(content, OFFLINE), content, OFFLINE, Set.of("tldr", "motivation", "method", "result", "conclusion"));
        Map<String, RepairedPaper> byContent = Map.of(content, offlineEntry);

        var reuse = RepairPlan.make(List.of(paper), "English", OPENAI, null, keys -> Map.of(), keys -> byContent);
        assertEquals(1, reuse.cached().size());
        assertEquals(offlineEntry.cacheKey(), reuse.cached().getFirst().cacheKey());

        var upgrade = RepairPlan.make(List.of(paper), "English", OPENAI, Upgrade.OFFLINE, keys -> Map.of(), keys -> byContent);
        assertEquals(0, upgrade.cached().size());
        assertEquals(Set.copyOf(Papers.FIELDS), upgrade.tasks().getFirst().required());
        assertEquals(CacheKey.full(content, OPENAI), upgrade.tasks().getFirst().cacheKey(), "stored under the new configuration");
    }

    @Test
    void anOfflineSummarizerWritesAgainWhatAnotherVersionOfTheEngineWrote() {
        var paper = Papers.chinese(1);
        String content = CacheKey.content(paper, "English");
        var older = new SummarizerInfo("offline", "extractive/1/e89b0183cafe", "none");
        var newer = new SummarizerInfo("offline", "extractive/2/e89b0183cafe", "none");
        assertNotEquals(CacheKey.full(content, older), CacheKey.full(content, newer), "the engine's version is in the key");
        RepairedPaper byOlder = entry(CacheKey.full(content, older), content, older, Set.of());
        Map<String, RepairedPaper> byContent = Map.of(content, byOlder);

        var plan = RepairPlan.make(List.of(paper), "English", newer, null, keys -> Map.of(), keys -> byContent);
        assertEquals(0, plan.cached().size(), "an improved engine rewrites what an older one wrote");
        assertEquals(CacheKey.full(content, newer), plan.tasks().getFirst().cacheKey());

        // an unchanged engine costs nothing: its own entry is a hit by key
        RepairedPaper byNewer = entry(CacheKey.full(content, newer), content, newer, Set.of());
        var again = RepairPlan.make(List.of(paper), "English", newer, null,
                keys -> keys.contains(byNewer.cacheKey()) ? Map.of(byNewer.cacheKey(), byNewer) : Map.of(), keys -> Map.of(content, byNewer));
        assertEquals(1, again.cached().size());
        assertEquals(byNewer.cacheKey(), again.cached().getFirst().cacheKey());

        // and an LLM summarizer still keeps the offline repairs until an upgrade asks for them
        var withLlm = RepairPlan.make(List.of(paper), "English", OPENAI, null, keys -> Map.of(), keys -> byContent);
        assertEquals(1, withLlm.cached().size());
    }

    @Test
    void anEntryOfAnotherLlmModelOrPromptIsNotReusedSoTheCurrentOneIsAsked() {
        var paper = Papers.chinese(1);
        String content = CacheKey.content(paper, "English");
        RepairedPaper byOpenai = entry(CacheKey.full(content, OPENAI), content, OPENAI, Set.of());
        Map<String, RepairedPaper> byContent = Map.of(content, byOpenai);

        for (SummarizerInfo other : List.of(new SummarizerInfo("openai", "gpt-4o", "repair-v1"),
                new SummarizerInfo("openai", "gpt-4o-mini", "repair-v2"), new SummarizerInfo("ollama", "gpt-4o-mini", "repair-v1"))) {
            var plan = RepairPlan.make(List.of(paper), "English", other, null, keys -> Map.of(), keys -> byContent);
            assertEquals(0, plan.cached().size(), other.toString());
            assertEquals(CacheKey.full(content, other), plan.tasks().getFirst().cacheKey());
        }
    }

    @Test
    void whatIsReusedUnderAnotherConfiguration() {
        var unknown = SummarizerInfo.unknown();
        var gpt4o = new SummarizerInfo("openai", "gpt-4o", "repair-v1");
        assertTrue(RepairPlan.reusable(OFFLINE, OPENAI), "offline repairs wait for an upgrade");
        assertTrue(RepairPlan.reusable(OPENAI, OFFLINE), "an offline summarizer writes nothing better");
        assertTrue(RepairPlan.reusable(unknown, OPENAI), "made before the summarizer said what it runs");
        assertTrue(RepairPlan.reusable(OPENAI, unknown), "a summarizer that does not say");
        assertTrue(!RepairPlan.reusable(OPENAI, gpt4o), "another model is asked");
    }

    @Test
    void anUpgradeSendsLlmWrittenFieldsAsContextToKeep() {
        var paper = Papers.chinese(1);
        String content = CacheKey.content(paper, "English");
        String key = CacheKey.full(content, OPENAI);
        // the LLM wrote tldr and method; the offline engine (a fallback) wrote the rest
        RepairedPaper mixed = entry(key, content, OPENAI, Set.of("motivation", "result", "conclusion"));

        var plan = RepairPlan.make(List.of(paper), "English", OPENAI, Upgrade.OFFLINE, keys -> Map.of(key, mixed), keys -> Map.of());

        var task = plan.tasks().getFirst();
        assertEquals(Set.of("motivation", "result", "conclusion"), task.required());
        assertEquals(Action.KEEP, task.request().fields().get("tldr").action());
        assertEquals("written tldr", task.request().fields().get("tldr").text());
        assertEquals(Action.TRANSLATE, task.request().fields().get("result").action());
        assertEquals(paper.fields().get("result").text(), task.request().fields().get("result").text());
        assertEquals(mixed, task.base());
    }

    @Test
    void upgradingWhileTheSummarizerRunsTheSameEngineChangesNothing() {
        var paper = Papers.placeholders(0);
        String content = CacheKey.content(paper, "English");
        String key = CacheKey.full(content, OFFLINE);
        RepairedPaper offlineEntry = entry(key, content, OFFLINE, Set.copyOf(Papers.FIELDS));

        var plan = RepairPlan.make(List.of(paper), "English", OFFLINE, Upgrade.OFFLINE, keys -> Map.of(key, offlineEntry), keys -> Map.of());

        assertEquals(1, plan.cached().size());
        assertEquals(0, plan.tasks().size());
    }

    /** An entry whose given fields were written by the offline engine and the others by the configured one. */
    private static RepairedPaper entry(String key, String content, SummarizerInfo made, Set<String> offlineFields) {
        Map<String, String> fields = new HashMap<>();
        Map<String, Provenance> provenance = new HashMap<>();
        for (String f : Papers.FIELDS) {
            fields.put(f, "written " + f);
            String engine = offlineFields.contains(f) ? "offline" : made.engine();
            provenance.put(f, new Provenance(engine, "m", "GENERATE", "p", 1, List.of()));
        }
        return new RepairedPaper(key, content, made, fields, provenance, Instant.now());
    }
}
