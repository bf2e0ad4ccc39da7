package io.digestrepair.eval;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.SharedData;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.offline.OfflineEngine;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Papers of the shared corpus that a repair once failed, repaired as {@code ./digest-repair repair} does with no LLM. */
class OfflineRepairTest {

    private static final OfflineRepair REPAIR = new OfflineRepair(OfflineEngine.load());

    @Test
    void aLatexAbstractWhoseFormulaEndsASentenceGetsAOneSentenceTldr() throws Exception {
        // 2026-05-14 paper [224], "Skew Polycyclic Codes ...": its abstract's "$f(x).$ In particular" once made
        // the engine's TL;DR two sentences, which the summarizer's checks refuse, and the paper kept its Chinese TL;DR
        ParseResult digest = REPAIR.parse(Files.readAllBytes(
                SharedData.require(SharedData.markdownDigests()).resolve("2026-05-14.md")));
        Paper paper = digest.papers().stream().filter(p -> p.title().startsWith("Skew Polycyclic Codes")).findFirst().orElseThrow();
        OfflineRepair.Repaired repaired = REPAIR.repair(paper);
        assertNull(repaired.error(), repaired.error());
        for (FieldName f : FieldName.values()) {
            String text = repaired.fields().get(f.key());
            assertTrue(text != null && !text.isBlank(), f + " written: " + repaired.fields());
        }
        String tldr = repaired.fields().get(FieldName.TLDR.key());
        assertEquals(1, io.digestrepair.summarizer.check.Sentences.count(tldr), tldr);
    }
}
