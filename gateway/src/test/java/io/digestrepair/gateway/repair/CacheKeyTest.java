package io.digestrepair.gateway.repair;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldStatus;
import io.digestrepair.core.wire.Field;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CacheKeyTest {

    private static final SummarizerInfo OFFLINE = new SummarizerInfo("offline", "extractive", "offline-v1");

    @Test
    void keyIsAHexSha256AndStable() {
        String key = CacheKey.content(Papers.placeholders(1), "English");
        assertTrue(key.matches("[0-9a-f]{64}"), key);
        assertEquals(key, CacheKey.content(Papers.placeholders(1), "English"));
    }

    @Test
    void theSamePaperWrappedDifferentlyHasOneKey() {
        Paper p = Papers.placeholders(1);
        Paper wrapped = new Paper(7, p.id(), "  " + p.title() + "\n", p.url(), p.authors(), p.category(),
                p.abstractText().replace(" ", "\n  "), p.action(), p.fields(), 99);
        assertEquals(CacheKey.content(p, "English"), CacheKey.content(wrapped, "English"));
    }

    @Test
    void everythingTheRepairDependsOnChangesTheKey() {
        Paper p = Papers.chinese(2);
        String key = CacheKey.content(p, "English");
        assertNotEquals(key, CacheKey.content(p, "Japanese"));
        assertNotEquals(key, CacheKey.content(withTitle(p, "Another title"), "English"));
        assertNotEquals(key, CacheKey.content(withAbstract(p, "Another abstract."), "English"));

        var fields = new LinkedHashMap<>(p.fields());
        Field tldr = fields.get("tldr");
        fields.put("tldr", new Field(tldr.text() + "改", tldr.status(), tldr.language(), tldr.action(), tldr.span()));
        assertNotEquals(key, CacheKey.content(withFields(p, fields), "English"));

        fields = new LinkedHashMap<>(p.fields());
        fields.put("tldr", new Field(tldr.text(), FieldStatus.PLACEHOLDER, "zh", Action.GENERATE, tldr.span()));
        assertNotEquals(key, CacheKey.content(withFields(p, fields), "English"));
    }

    @Test
    void theFullKeyAddsEngineModelAndPrompt() {
        String content = CacheKey.content(Papers.chinese(2), "English");
        String full = CacheKey.full(content, OFFLINE);
        assertNotEquals(content, full);
        assertEquals(full, CacheKey.full(content, new SummarizerInfo("offline", "extractive", "offline-v1")));
        assertNotEquals(full, CacheKey.full(content, new SummarizerInfo("openai", "extractive", "offline-v1")));
        assertNotEquals(full, CacheKey.full(content, new SummarizerInfo("offline", "gpt-4o-mini", "offline-v1")));
        assertNotEquals(full, CacheKey.full(content, new SummarizerInfo("offline", "extractive", "repair-v2")));
        assertEquals(full, CacheKey.full(content, new SummarizerInfo("offline", "extractive", "offline-v1", "gpt-4o")),
                "the fallback model writes only what the main one could not: not part of the key");
    }

    @Test
    void partsCannotBeShiftedIntoEachOther() {
        Paper a = withAbstract(withTitle(Papers.ok(1), "ab"), "c");
        Paper b = withAbstract(withTitle(Papers.ok(1), "a"), "bc");
        assertNotEquals(CacheKey.content(a, "English"), CacheKey.content(b, "English"));
    }

    private static Paper withTitle(Paper p, String title) {
        return new Paper(p.index(), p.id(), title, p.url(), p.authors(), p.category(), p.abstractText(), p.action(), p.fields(), p.line());
    }

    private static Paper withAbstract(Paper p, String text) {
        return new Paper(p.index(), p.id(), p.title(), p.url(), p.authors(), p.category(), text, p.action(), p.fields(), p.line());
    }

    private static Paper withFields(Paper p, java.util.Map<String, Field> fields) {
        return new Paper(p.index(), p.id(), p.title(), p.url(), p.authors(), p.category(), p.abstractText(), p.action(), fields, p.line());
    }

}
