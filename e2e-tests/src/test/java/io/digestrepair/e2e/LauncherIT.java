package io.digestrepair.e2e;

import io.digestrepair.core.DigestFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ./digest-repair as a new user runs it: up, repair, down, on the packaged jars. */
class LauncherIT {

    private static final Path ROOT = Requirements.root();
    private static final Path MARKDOWN_SAMPLE = ROOT.resolve("samples/2026-11-20.md");
    private static final Path JSONL_SAMPLE = ROOT.resolve("samples/2026-11-21.jsonl");

    private final int gatewayPort = Requirements.freePort();
    private final int parserPort = Requirements.freePort();
    private final int summarizerPort = Requirements.freePort();

    @BeforeAll
    static void database() {
        Requirements.require(TestDatabase.reachable(), "PostgreSQL at " + TestDatabase.URL);
    }

    @Test
    void repairStartsTheStackRepairsTheSamplesAndStopsIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Run run = launcher(dir, "repair", MARKDOWN_SAMPLE.toString(), JSONL_SAMPLE.toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.output());

        RepairedDigest.Verdict md = RepairedDigest.check(Files.readAllBytes(MARKDOWN_SAMPLE),
                Files.readAllBytes(out.resolve("2026-11-20.md")), DigestFormat.MARKDOWN);
        assertEquals(6, md.papers());
        RepairedDigest.Verdict jsonl = RepairedDigest.check(Files.readAllBytes(JSONL_SAMPLE),
                Files.readAllBytes(out.resolve("2026-11-21.jsonl")), DigestFormat.JSONL);
        assertEquals(4, jsonl.papers());

        assertFalse(GatewayApi.healthy(gatewayPort), "the stack the command started is stopped again");
    }

    @Test
    void upServesTheRepairedSamplesAndDownStopsIt(@TempDir Path dir) throws Exception {
        Run up = launcher(dir, "up", "--detach");
        try {
            assertEquals(0, up.exit(), up.output());
            GatewayApi gateway = new GatewayApi(gatewayPort);
            String page = new String(gateway.bytes("/digests/2026-11-20"), StandardCharsets.UTF_8);
            assertTrue(page.contains("Tide: Token-Level Draft Verification"), "the page lists the sample's papers");
            RepairedDigest.check(Files.readAllBytes(MARKDOWN_SAMPLE), gateway.bytes("/digests/2026-11-20.md"), DigestFormat.MARKDOWN);
            RepairedDigest.check(Files.readAllBytes(JSONL_SAMPLE), gateway.bytes("/digests/2026-11-21.jsonl"), DigestFormat.JSONL);
        } finally {
            Run down = launcher(dir, "down");
            assertEquals(0, down.exit(), down.output());
        }
        assertFalse(GatewayApi.healthy(gatewayPort));
        assertFalse(GatewayApi.healthy(parserPort));
    }

    private record Run(int exit, String output) {
    }

    private Run launcher(Path dir, String... args) throws IOException, InterruptedException, java.sql.SQLException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("digest-repair").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("GATEWAY_PORT", Integer.toString(gatewayPort));
        env.put("PARSER_PORT", Integer.toString(parserPort));
        env.put("SUMMARIZER_PORT", Integer.toString(summarizerPort));
        env.put("DIGEST_REPAIR_RUN_DIR", dir.resolve("run").toString());
        env.put("DIGESTS_DIR", dir.resolve("watched").toString());
        env.put("REPAIRED_DIR", dir.resolve("watched-repaired").toString());
        // a schema of its own, so the test never touches a developer's ./data
        env.put("DATASOURCE_URL", TestDatabase.freshSchemaUrl("e2e_launcher"));
        env.put("DATASOURCE_USERNAME", TestDatabase.USER);
        env.put("DATASOURCE_PASSWORD", TestDatabase.PASSWORD);
        env.remove("OPENAI_API_KEY");
        env.remove("OPENAI_BASE_URL");
        env.remove("LLM_PROVIDER");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(Duration.ofMinutes(10).toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
        String text = new String(output, StandardCharsets.UTF_8);
        System.out.println(text);
        return new Run(process.exitValue(), text);
    }
}
