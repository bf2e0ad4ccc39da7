package io.digestrepair.gateway.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.digestrepair.gateway.it.DigestFamilyScenarios.crawl;
import static io.digestrepair.gateway.it.DigestFamilyScenarios.digestRow;
import static io.digestrepair.gateway.it.DigestFamilyScenarios.id;
import static io.digestrepair.gateway.it.DigestFamilyScenarios.markdown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fork's data/ folder watched with RESTORE_DROPPED=true and ENGLISH_NAMES=true. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchedFamilyTest {

    private EmbeddedGateway gateway;
    private Api api;

    @BeforeAll
    void start() {
        Services services = Services.shared();
        gateway = EmbeddedGateway.start(services.parser.url(), services.summarizer.url(), Map.of(), Map.of(
                "gateway.watch.enabled", true,
                "gateway.watch.settle-time", "300ms",
                "gateway.watch.restore-dropped", true,
                "gateway.watch.english-names", true));
        api = gateway.api();
    }

    @AfterAll
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void theDaysFilesAreRestoredAndWrittenUnderTheirOwnAndEnglishNames() throws Exception {
        String day = "2026-06-24";
        Path digests = gateway.dir().resolve("digests");
        Path repaired = gateway.dir().resolve("repaired");
        // the digest before its crawl, the other digest after: both get the dropped paper
        Files.writeString(digests.resolve(day + ".md"), markdown(day, 0));
        awaitFile(repaired.resolve(day + ".md"), "TL;DR:");
        Files.writeString(digests.resolve(day + ".jsonl"), crawl(day, 0, 2));
        Files.writeString(digests.resolve(day + "_AI_enhanced_Chinese.jsonl"), digestRow(day, 0) + "\n");

        String md = awaitFile(repaired.resolve(day + ".md"), id(day, 2));
        assertTrue(md.contains("- [cs.RO](#cs.RO) [Total: 1]"), md);
        String english = awaitFile(repaired.resolve(day + "_AI_enhanced_English.jsonl"), id(day, 2));
        assertEquals(2, english.split("\n").length, english);
        assertFalse(Files.exists(repaired.resolve(day + "_AI_enhanced_Chinese.jsonl")), "written under the English name");
        assertFalse(Files.exists(repaired.resolve(day + ".jsonl")), "the crawl is kept, not written as a repaired digest");
        assertEquals("markdown", api.get("/api/digests/" + day).json().get("format"));
        assertEquals(2, Api.number(api.get("/api/crawls/" + day).json(), "papers"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> papers = (List<Map<String, Object>>) api.get("/api/digests/" + day).json().get("papers");
        assertEquals(2, papers.size());
    }

    /** Waits until the file exists and holds the text. */
    private static String awaitFile(Path file, String holding) throws IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                String text = Files.readString(file);
                if (text.contains(holding)) {
                    return text;
                }
            }
            ServiceProcess.sleep(200);
        }
        throw new AssertionError(file + " was not written with " + holding);
    }
}
