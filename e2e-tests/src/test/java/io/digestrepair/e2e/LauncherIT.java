package io.digestrepair.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.digestrepair.core.DigestFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * ./digest-repair as a new user runs it, on the packaged jars; one test per point of the launcher's
 * rough edges (issue 15's numbered list). Most use one stack started once (by {@code repair -d},
 * under umask 027); the tests about starting and stopping start their own.
 */
class LauncherIT {

    private static final Path ROOT = Requirements.root();
    private static final Path MARKDOWN_SAMPLE = ROOT.resolve("samples/2026-11-20.md");
    private static final Path JSONL_SAMPLE = ROOT.resolve("samples/2026-11-21.jsonl");

    private static Stack shared;
    /** The shared stack's LLM: the llm-simulator (an OpenAI-compatible test server), so that up has a model to name. */
    private static Process simulator;

    @BeforeAll
    static void database() {
        Requirements.require(TestDatabase.reachable(), "PostgreSQL at " + TestDatabase.URL);
    }

    @AfterAll
    static void stopShared() throws Exception {
        if (simulator != null) {
            simulator.destroy();
        }
        if (shared != null) {
            Run down = shared.launcher("down");
            assertEquals(0, down.exit(), down.output());
            assertFalse(GatewayApi.healthy(shared.gatewayPort), "down stops the shared stack");
            assertFalse(GatewayApi.healthy(shared.parserPort));
        }
    }

    /** The stack most tests share, started by {@code repair -d} the first time one needs it. */
    private static synchronized Stack shared() throws Exception {
        if (shared == null) {
            Stack stack = new Stack(Files.createTempDirectory("launcher-it-"));
            int simulatorPort = Requirements.freePort();
            ProcessBuilder sim = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", Requirements.jar("llm-simulator").toString())
                    .redirectErrorStream(true).redirectOutput(stack.dir.resolve("llm-simulator.log").toFile());
            sim.environment().put("PORT", Integer.toString(simulatorPort));
            simulator = sim.start();
            stack.env.putAll(Map.of("OPENAI_BASE_URL", "http://127.0.0.1:" + simulatorPort + "/v1",
                    "OPENAI_API_KEY", "sk-launcher-it", "MODEL_NAME", "llm-simulator"));
            stack.started = stack.launcher("repair", "-d", MARKDOWN_SAMPLE.toString(), "-o", stack.dir.resolve("out").toString());
            shared = stack;
            assertEquals(0, stack.started.exit(), stack.started.output());
        }
        return shared;
    }

    // 1. --gateway URL is taken once, GATEWAY_URL too, and neither starts a stack of its own
    @Test
    void p01_gatewayOptionAndEnvironmentUseThatGateway(@TempDir Path dir) throws Exception {
        Stack s = shared();
        Stack elsewhere = new Stack(dir);
        String url = "http://localhost:" + s.gatewayPort;
        Run option = elsewhere.launcher("repair", "--gateway", url, JSONL_SAMPLE.toString(), "-o", dir.resolve("a").toString());
        assertEquals(0, option.exit(), option.output());
        assertFalse(option.output().contains("should be specified only once"), option.output());
        assertTrue(option.output().contains(url + "/digests/2026-11-21"), option.output());
        Run env = elsewhere.launcher(Map.of("GATEWAY_URL", url), "repair", JSONL_SAMPLE.toString(), "-o", dir.resolve("b").toString());
        assertEquals(0, env.exit(), env.output());
        assertTrue(Files.isRegularFile(dir.resolve("b/2026-11-21.jsonl")));
        assertFalse(GatewayApi.healthy(elsewhere.gatewayPort), "no stack of its own was started");
        assertFalse(GatewayApi.healthy(elsewhere.parserPort));
    }

    // 2. -V prints a version; every command has its own help, as `help SUB` and as `SUB --help`
    @Test
    void p02_versionAndHelpPerCommand(@TempDir Path dir) throws Exception {
        Stack none = new Stack(dir);
        for (String[] args : List.of(new String[] {"-V"}, new String[] {"--version"}, new String[] {"repair", "-V"})) {
            Run run = none.launcher(args);
            assertEquals(0, run.exit(), run.output());
            assertTrue(run.output().strip().startsWith("digest-repair 0."), String.join(" ", args) + ": " + run.output());
        }
        for (String command : List.of("up", "repair", "upgrade", "down", "status", "bench")) {
            Run help = none.launcher("help", command);
            Run flag = none.launcher(command, "--help");
            assertEquals(0, help.exit(), help.output());
            assertEquals(0, flag.exit(), flag.output());
            assertTrue(help.output().startsWith("Usage: ./digest-repair " + command), help.output());
            assertEquals(help.output(), flag.output(), "help " + command + " and " + command + " --help say the same");
        }
        assertTrue(none.launcher("help", "repair").output().contains("--in-place"), "repair's help lists the client's options");
        assertFalse(GatewayApi.healthy(none.gatewayPort));
    }

    // 3. a missing file is "no such file", a directory suggests DIR/*; and no stack starts for them
    @Test
    void p03_missingFileAndDirectoryAreSaidClearly(@TempDir Path dir) throws Exception {
        Stack none = new Stack(dir);
        Path data = Files.createDirectories(dir.resolve("data"));
        Run run = none.launcher("repair", "/x/nope.md", data.toString());
        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("no such file: /x/nope.md"), run.output());
        assertTrue(run.output().contains(data + " is a directory; to repair the digests in it: " + data + "/*"), run.output());
        assertFalse(run.output().contains("building") || run.output().contains("waiting for the services"), run.output());
        assertFalse(GatewayApi.healthy(none.gatewayPort));
    }

    // 4. an up that fails stops the services it had started
    @Test
    void p04_aFailedUpStopsWhatItStarted(@TempDir Path dir) throws Exception {
        Stack failing = new Stack(dir);
        // the gateway cannot reach its database: it stops while starting, after parser and summarizer started
        Run up = failing.launcher(Map.of("DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/nothing", "STARTUP_SECONDS", "90"), "up", "-d");
        assertEquals(1, up.exit(), up.output());
        assertTrue(up.output().contains("gateway stopped while starting"), up.output());
        assertTrue(up.output().contains("stopping what this run started: parser-service summarizer-service gateway"), up.output());
        assertFalse(GatewayApi.healthy(failing.parserPort), "parser-service stopped again");
        assertFalse(GatewayApi.healthy(failing.summarizerPort), "summarizer-service stopped again");
        Run status = failing.launcher("status");
        assertTrue(status.output().contains("parser-service       down"), status.output());
    }

    // 5. a process of another checkout answering /health is not adopted; status reports what up recorded
    @Test
    void p05_foreignServicesAreNotAdoptedAndStatusReportsTheRecord(@TempDir Path dir) throws Exception {
        HttpServer foreign = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        foreign.createContext("/health", exchange -> {
            byte[] body = "{\"status\":\"UP\",\"service\":\"parser-service\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        foreign.start();
        try {
            Stack other = new Stack(dir);
            Run up = other.launcher(Map.of("PARSER_PORT", Integer.toString(foreign.getAddress().getPort())), "up", "-d");
            assertEquals(1, up.exit(), up.output());
            assertTrue(up.output().contains("answers as parser-service"), up.output());
            assertTrue(up.output().contains("not one this checkout started"), up.output());
            assertFalse(up.output().contains("parser-service already"), up.output());
            assertFalse(GatewayApi.healthy(other.gatewayPort));
        } finally {
            foreign.stop(0);
        }
        Stack s = shared();
        // the shell's ports are not the stack's: status reports the recorded ones
        Run status = s.launcher(Map.of("PARSER_PORT", "1", "SUMMARIZER_PORT", "2", "GATEWAY_PORT", "3"), "status");
        assertEquals(0, status.exit(), status.output());
        assertTrue(status.output().contains("stack of " + ROOT), status.output());
        assertTrue(status.output().matches("(?s).*parser-service +up on :" + s.parserPort + " \\(pid \\d+, started .*"), status.output());
        assertTrue(status.output().matches("(?s).*gateway +up on :" + s.gatewayPort + " \\(pid \\d+, started .*"), status.output());
    }

    // 6. repair with the stack down says it stopped the stack again; -d leaves it running
    @Test
    void p06_repairWithTheStackDownSaysItIsStoppedAndDashDKeepsIt(@TempDir Path dir) throws Exception {
        Stack own = new Stack(dir);
        Path out = dir.resolve("out");
        Run run = own.launcher("repair", MARKDOWN_SAMPLE.toString(), JSONL_SAMPLE.toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("the stack started for this command is stopped again"), run.output());
        assertTrue(run.output().contains("repair -d"), "says how to keep it: " + run.output());
        assertEquals(6, RepairedDigest.check(Files.readAllBytes(MARKDOWN_SAMPLE), Files.readAllBytes(out.resolve("2026-11-20.md")),
                DigestFormat.MARKDOWN).papers());
        assertEquals(4, RepairedDigest.check(Files.readAllBytes(JSONL_SAMPLE), Files.readAllBytes(out.resolve("2026-11-21.jsonl")),
                DigestFormat.JSONL).papers());
        assertFalse(GatewayApi.healthy(own.gatewayPort), "the stack the command started is stopped again");

        Stack s = shared();
        assertTrue(s.started.output().contains("the stack keeps running (-d)"), s.started.output());
        assertTrue(GatewayApi.healthy(s.gatewayPort), "repair -d left it running");
    }

    // 7. without a terminal: plain lines per file, no carriage returns, the summary line on its own
    @Test
    void p07_progressInALogIsPlainLines() throws Exception {
        String output = shared().started.output();
        assertFalse(output.contains("\r"), output);
        assertTrue(output.contains("2026-11-20: repairing 5 papers\n"), output);
        assertTrue(output.contains("2026-11-20: 5/5 papers done\n"), output);
        assertTrue(output.lines().anyMatch(l -> l.startsWith("2026-11-20.md: 6 papers, 5 repaired")), output);
    }

    // 8. the watched folder's copies and the CLI's files both follow the umask (027 here)
    @Test
    void p08_copiesHonourTheUmask() throws Exception {
        Stack s = shared();
        Files.createDirectories(s.dir.resolve("watched"));
        // a name no other test uploads: a digest uploaded through the API is not the watched folder's to copy
        Files.copy(JSONL_SAMPLE, s.dir.resolve("watched/umask-2026-11-21.jsonl"));
        Path copy = s.dir.resolve("watched-repaired/umask-2026-11-21.jsonl");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!Files.isRegularFile(copy) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertTrue(Files.isRegularFile(copy), "the watched folder wrote its copy");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(s.dir.resolve("out/2026-11-20.md"))));
    }

    // 9. an identical upload is not a new revision (up uploads the samples again)
    @Test
    void p09_anIdenticalUploadIsNoNewRevision() throws Exception {
        Stack s = shared();
        Run up = s.upAgain();
        assertEquals(0, up.exit(), up.output());
        JsonNode detail = new GatewayApi(s.gatewayPort).get("/api/digests/2026-11-20");
        assertEquals(1, detail.path("revisions").size(), detail.path("revisions").toString());
        assertEquals(1, detail.path("revision").asInt());
    }

    // 10. up says which engine, model and negotiated response format answer, and that upgrade exists
    @Test
    void p10_upNamesTheEngineModelAndFormatAndUpgradeExists() throws Exception {
        Stack s = shared();
        Run up = s.upAgain();
        assertTrue(up.output().matches("(?s).*summarizer: engine openai, model llm-simulator, response format (json_schema|json_object|text)\n.*"),
                up.output());
        assertTrue(up.output().contains("./digest-repair upgrade [NAME...]"), up.output());
        Run upgrade = s.launcher("upgrade", "2026-11-20");
        assertEquals(0, upgrade.exit(), upgrade.output());
        assertTrue(upgrade.output().contains("2026-11-20: "), upgrade.output());
    }

    // 11. a foreground up beside a background stack promises no Ctrl-C it cannot keep: it returns
    @Test
    void p11_aForegroundUpBesideABackgroundStackReturnsAndLeavesItRunning() throws Exception {
        Stack s = shared();
        Run up = s.launcher(Map.of(), Duration.ofMinutes(3), "up");
        assertEquals(0, up.exit(), up.output());
        assertFalse(up.output().contains("Ctrl-C stops it"), up.output());
        assertTrue(up.output().contains("already running in the background and keeps running"), up.output());
        assertTrue(GatewayApi.healthy(s.gatewayPort));
    }

    // 12. parser and summarizer listen on the loopback only; the gateway on every interface
    @Test
    void p12_parserAndSummarizerListenOnLoopbackOnly() throws Exception {
        Stack s = shared();
        assertEquals("loopback", listening(s.parserPort));
        assertEquals("loopback", listening(s.summarizerPort));
        assertEquals("any", listening(s.gatewayPort));
        // under compose they are reached over the compose network only: exposed, never published
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        for (String service : List.of("parser", "summarizer")) {
            java.util.regex.Matcher block = java.util.regex.Pattern.compile("(?ms)^  " + service + ":\\n(.*?)(?=^  \\S|\\z)").matcher(compose);
            assertTrue(block.find(), service + " in docker-compose.yml");
            assertFalse(block.group(1).contains("ports:"), service + " publishes no port: " + block.group(1));
            assertTrue(block.group(1).contains("expose:"), block.group(1));
        }
    }

    // 13. samples/ holds only digests: repair samples/* exits 0
    @Test
    void p13_everyFileOfSamplesIsADigest(@TempDir Path dir) throws Exception {
        Stack s = shared();
        List<String> samples = new ArrayList<>(List.of("repair"));
        try (Stream<Path> files = Files.list(ROOT.resolve("samples"))) {
            files.sorted().forEach(f -> samples.add(f.toString()));
        }
        samples.addAll(List.of("-o", dir.resolve("out").toString()));
        Run run = s.launcher(samples.toArray(String[]::new));
        assertEquals(0, run.exit(), run.output());
        assertFalse(run.output().contains("refused"), run.output());
    }

    /**
     * The GitHub Action's script, as the fork's daily step runs it, on a git checkout whose data/
     * holds real digests (the first rows of ../shared ones, and a whole small Markdown digest): the
     * day's files are repaired in place, the job summary says what was done, and nothing else of the
     * checkout changes.
     */
    @Test
    void actionScriptRepairsAForkCheckoutInPlace(@TempDir Path dir) throws Exception {
        Stack s = shared();
        Path fork = Files.createDirectories(dir.resolve("fork"));
        Path data = Files.createDirectories(fork.resolve("data"));
        Path jsonl = data.resolve("2026-05-11_AI_enhanced_Chinese.jsonl");
        Files.write(jsonl, firstLines(io.digestrepair.core.SharedData.jsonLinesDigests().resolve("2026-05-11_AI_enhanced_Chinese.jsonl"), 6));
        Path crawl = data.resolve("2026-05-11.jsonl");
        Files.write(crawl, firstLines(io.digestrepair.core.SharedData.crawls().resolve("2026-05-11.jsonl"), 6));
        Path markdown = data.resolve("2026-06-25.md");
        Files.copy(io.digestrepair.core.SharedData.markdownDigests().resolve("2026-06-25.md"), markdown);
        Path older = data.resolve("2026-06-24.md");
        Files.writeString(older, "an older day, not named by the step\n");
        Files.createDirectories(fork.resolve("assets"));
        Files.writeString(fork.resolve("assets/file-list.txt"), "2026-05-11.jsonl\n2026-05-11_AI_enhanced_Chinese.jsonl\n");
        byte[] jsonlBefore = Files.readAllBytes(jsonl);
        byte[] crawlBefore = Files.readAllBytes(crawl);
        byte[] markdownBefore = Files.readAllBytes(markdown);
        git(fork, "init", "-q");
        git(fork, "add", ".");
        git(fork, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "the pipeline's day");

        Path summary = Files.writeString(dir.resolve("step-summary.md"), "");
        Run run = s.launcher(Map.of(
                        "GITHUB_WORKSPACE", fork.toString(),
                        "GITHUB_STEP_SUMMARY", summary.toString(),
                        "DR_FILES", "data/2026-05-11*\ndata/2026-06-25.md",
                        // the stack is the shared one: the script's repair goes through it, starting nothing
                        "GATEWAY_URL", "http://localhost:" + s.gatewayPort),
                Duration.ofMinutes(10), "__action__");
        assertEquals(0, run.exit(), run.output());

        assertEquals(List.of(" M data/2026-05-11_AI_enhanced_Chinese.jsonl", " M data/2026-06-25.md"),
                git(fork, "status", "--porcelain", "--untracked-files=all").lines().sorted().toList(),
                "the two digests are rewritten, nothing else changes, nothing is left beside them");
        assertEquals(6, RepairedDigest.check(jsonlBefore, Files.readAllBytes(jsonl), DigestFormat.JSONL).papers());
        RepairedDigest.Verdict md = RepairedDigest.check(markdownBefore, Files.readAllBytes(markdown), DigestFormat.MARKDOWN);
        assertTrue(md.repairedFields() > 0, "the Chinese fields were repaired");
        org.junit.jupiter.api.Assertions.assertArrayEquals(crawlBefore, Files.readAllBytes(crawl), "the crawl has nothing to repair");

        String text = Files.readString(summary);
        assertTrue(text.startsWith("### digest-repair"), text);
        // the crawl's 6 papers are checked too (they have no fields to repair)
        assertTrue(text.contains("| papers checked | " + (12 + md.papers()) + " |"), text);
        assertTrue(text.contains("| left unrepaired | 0 |"), text);
        assertTrue(text.matches("(?s).*\\| repaired \\| \\d+ \\((openai|offline|openai\\+offline): \\d+.*"), text);
        assertTrue(text.contains("| `2026-06-25.md` | " + md.papers() + " |"), text);
        assertTrue(text.contains("| `2026-05-11_AI_enhanced_Chinese.jsonl` | 6 |"), text);
    }

    private static byte[] firstLines(Path file, int lines) throws IOException {
        try (Stream<String> all = Files.lines(file)) {
            return (String.join("\n", all.limit(lines).toList()) + "\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), "git " + String.join(" ", args) + ": " + out);
        return out;
    }

    /**
     * Where a TCP port listens, from /proc/net/tcp and tcp6 (hex, little-endian IPv4): "loopback"
     * for 127.0.0.1 or ::ffff:127.0.0.1 or ::1, "any" for 0.0.0.0 or ::.
     */
    private static String listening(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table))) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
                    String address = f[1].substring(0, f[1].indexOf(':'));
                    if (address.equals("0100007F") || address.equals("0000000000000000FFFF00000100007F")
                            || address.equals("00000000000000000000000001000000")) {
                        return "loopback";
                    }
                    if (address.matches("0+")) {
                        return "any";
                    }
                    return address;
                }
            }
        }
        fail("nothing listens on " + port);
        return null;
    }

    private record Run(int exit, String output) {
    }

    /** One stack's ports, records and folders; a test that only asks questions never starts it. */
    private static final class Stack {
        final Path dir;
        final int gatewayPort = Requirements.freePort();
        final int parserPort = Requirements.freePort();
        final int summarizerPort = Requirements.freePort();
        final String schema;
        final Map<String, String> env = new HashMap<>();
        Run started;
        private Run upAgain;

        Stack(Path dir) throws java.sql.SQLException {
            this.dir = dir;
            // a schema of its own, so the test never touches a developer's ./data
            this.schema = TestDatabase.freshSchemaUrl("e2e_launcher");
        }

        synchronized Run upAgain() throws Exception {
            if (upAgain == null) {
                upAgain = launcher("up", "-d");
            }
            return upAgain;
        }

        Run launcher(String... args) throws Exception {
            return launcher(Map.of(), Duration.ofMinutes(10), args);
        }

        Run launcher(Map<String, String> extra, String... args) throws Exception {
            return launcher(extra, Duration.ofMinutes(10), args);
        }

        /** Runs the launcher under umask 027, with this stack's ports, records and database. */
        Run launcher(Map<String, String> extra, Duration timeout, String... args) throws Exception {
            boolean action = args.length == 1 && args[0].equals("__action__");
            List<String> command = new ArrayList<>(List.of("bash", "-c", "umask 027 && exec \"$0\" \"$@\""));
            if (action) {
                command.addAll(List.of(ROOT.resolve(".github/action/run.sh").toString(), "repair"));
            } else {
                command.add(ROOT.resolve("digest-repair").toString());
                command.addAll(List.of(args));
            }
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            Map<String, String> env = builder.environment();
            env.put("GATEWAY_PORT", Integer.toString(gatewayPort));
            env.put("PARSER_PORT", Integer.toString(parserPort));
            env.put("SUMMARIZER_PORT", Integer.toString(summarizerPort));
            env.put("DIGEST_REPAIR_RUN_DIR", dir.resolve("run").toString());
            env.put("DIGESTS_DIR", dir.resolve("watched").toString());
            env.put("REPAIRED_DIR", dir.resolve("watched-repaired").toString());
            env.put("DATASOURCE_URL", schema);
            env.put("DATASOURCE_USERNAME", TestDatabase.USER);
            env.put("DATASOURCE_PASSWORD", TestDatabase.PASSWORD);
            for (String name : List.of("OPENAI_API_KEY", "OPENAI_BASE_URL", "LLM_PROVIDER", "GATEWAY_URL", "BIND_ADDRESS",
                    "GITHUB_STEP_SUMMARY", "GITHUB_WORKSPACE", "LANGUAGE")) {
                env.remove(name);
            }
            env.putAll(this.env);
            env.putAll(new HashMap<>(extra));
            Process process = builder.start();
            // read on another thread: a launcher that never returns must fail the test, not hang it
            var output = new java.io.ByteArrayOutputStream();
            Thread reader = Thread.ofVirtual().start(() -> {
                try {
                    process.getInputStream().transferTo(output);
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            reader.join(Duration.ofSeconds(10));
            String text = output.toString(StandardCharsets.UTF_8);
            System.out.println("$ digest-repair " + String.join(" ", args) + "\n" + text);
            if (!ended) {
                fail("digest-repair " + String.join(" ", args) + " did not return within " + timeout + ":\n" + text);
            }
            return new Run(process.exitValue(), text);
        }
    }
}
