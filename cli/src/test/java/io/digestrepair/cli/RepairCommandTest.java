package io.digestrepair.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command against a minimal stand-in of the gateway's API, to check the client side of the contract. */
class RepairCommandTest {

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();
    private final AtomicInteger polls = new AtomicInteger();
    private volatile int failedPapers;
    private volatile String requiredToken;
    private volatile String finalState = "DONE";
    private volatile long uploadMillis;
    /** The engines object of a finished job's view, as a gateway that counts them answers; null for one that does not. */
    private volatile String jobEngines;
    private final AtomicInteger uploading = new AtomicInteger();
    private final AtomicInteger mostUploading = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        requests.add(method + " " + path);
        if (requiredToken != null && method.equals("PUT")
                && !("Bearer " + requiredToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            reply(exchange, 401, "application/problem+json", "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"a bearer token is required\"}");
            return;
        }
        if (method.equals("PUT") && path.equals("/api/digests/notes")) {
            reply(exchange, 422, "application/problem+json", "{\"title\":\"Unprocessable Entity\",\"status\":422,\"detail\":\"no paper found\"}");
        } else if (method.equals("PUT") && path.equals("/api/digests/2026-05-11")) {
            reply(exchange, 201, "application/json",
                    "{\"name\":\"2026-05-11\",\"format\":\"crawl\",\"counts\":{\"papers\":6,\"papersToRepair\":0},\"jobId\":\"job-crawl\"}");
        } else if (method.equals("PUT") && path.startsWith("/api/digests/")) {
            String name = path.substring("/api/digests/".length());
            mostUploading.accumulateAndGet(uploading.incrementAndGet(), Math::max);
            try {
                Thread.sleep(uploadMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            uploading.decrementAndGet();
            uploads.put(name, exchange.getRequestBody().readAllBytes());
            reply(exchange, 201, "application/json",
                    "{\"name\":\"" + name + "\",\"counts\":{\"papers\":3,\"papersToRepair\":2},\"jobId\":\"job-" + name + "\"}");
        } else if (method.equals("GET") && path.startsWith("/api/jobs/")) {
            // the first poll sees a running job, later ones a finished one
            boolean finished = polls.incrementAndGet() > 1;
            int done = finished ? 2 - failedPapers : 1;
            String state = finished ? finalState : "RUNNING";
            reply(exchange, 200, "application/json", "{\"id\":\"x\",\"state\":\"" + state + "\",\"total\":2,\"done\":" + done
                    + ",\"failed\":" + (finished ? failedPapers : 0) + ",\"cached\":0,\"summarized\":2"
                    // the gateway's job view: the summarizer's reason and field, as it passes them through
                    + (finished && failedPapers > 0 ? ",\"errors\":[{\"index\":1,\"error\":\"summarizer-service answered 400: "
                    + "abstract is required to generate a field (field abstract)\"}]" : "")
                    + (finished && jobEngines != null ? ",\"engines\":" + jobEngines : "") + "}");
        } else if (method.equals("GET") && path.equals("/api/digests")) {
            reply(exchange, 200, "application/json", "[{\"name\":\"day\"},{\"name\":\"done-before\"}]");
        } else if (method.equals("POST") && path.equals("/api/digests/done-before/repair")) {
            reply(exchange, 200, "application/json", "{\"skipped\":true,\"message\":\"the summarizer runs the offline engine\"}");
        } else if (method.equals("POST") && path.endsWith("/repair")) {
            requests.add("query " + exchange.getRequestURI().getQuery());
            reply(exchange, 202, "application/json", "{\"jobId\":\"job-upgrade\"}");
        } else if (method.equals("GET") && path.startsWith("/api/digests/")) {
            reply(exchange, 200, "application/json", "{\"papers\":[{\"status\":\"OK\",\"fields\":{}},"
                    + "{\"status\":\"REPAIRED\",\"fields\":{\"tldr\":{\"repaired\":true,\"provenance\":{\"engine\":\"offline\"}}}},"
                    + "{\"status\":\"REPAIRED\",\"fields\":{\"tldr\":{\"repaired\":true,\"provenance\":{\"engine\":\"openai\"}},"
                    + "\"method\":{\"repaired\":true,\"provenance\":{\"engine\":\"offline\"}}}}]}");
        } else if (method.equals("GET") && path.startsWith("/digests/")) {
            String file = path.substring("/digests/".length());
            String name = file.substring(0, file.lastIndexOf('.'));
            byte[] original = uploads.get(name);
            reply(exchange, 200, "text/plain", new String(original, StandardCharsets.UTF_8).replace("失败", "repaired"));
        } else {
            reply(exchange, 404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private int run(String... args) {
        return DigestRepairCli.commandLine().execute(args);
    }

    private String gateway() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void repairsUploadsFollowsAndDownloads(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("day.md"), "TL;DR: 失败\n");
        Path out = dir.resolve("out");
        int exit = run("repair", in.toString(), "-o", out.toString(), "--gateway", gateway());
        assertEquals(0, exit);
        assertEquals("TL;DR: repaired\n", Files.readString(out.resolve("day.md")));
        assertTrue(requests.contains("PUT /api/digests/day"), requests.toString());
        assertTrue(requests.contains("GET /digests/day.md"), requests.toString());
        assertTrue(polls.get() >= 2, "polled until the job finished");
    }

    @Test
    void uploadsSeveralFilesAtOnceButNoMoreThanAsked(@TempDir Path dir) throws IOException {
        uploadMillis = 150;
        List<String> args = new java.util.ArrayList<>(List.of("repair", "--parallel", "3", "-o", dir.resolve("out").toString(),
                "--gateway", gateway()));
        for (int i = 0; i < 9; i++) {
            args.add(Files.writeString(dir.resolve("day" + i + ".md"), "TL;DR: 失败 " + i + "\n").toString());
        }
        assertEquals(0, run(args.toArray(String[]::new)));
        for (int i = 0; i < 9; i++) {
            assertEquals("TL;DR: repaired " + i + "\n", Files.readString(dir.resolve("out").resolve("day" + i + ".md")));
        }
        assertTrue(mostUploading.get() >= 2, "uploads overlapped: " + mostUploading.get());
        assertTrue(mostUploading.get() <= 3, "at most --parallel at once: " + mostUploading.get());
    }

    @Test
    void exitsNonZeroWhenAPaperCouldNotBeRepaired(@TempDir Path dir) throws IOException {
        failedPapers = 1;
        Path in = Files.writeString(dir.resolve("day.jsonl"), "{\"id\":\"1\"}\n");
        int exit = run("repair", in.toString(), "-o", dir.resolve("out").toString(), "--gateway", gateway());
        assertEquals(RepairCommand.EXIT_UNREPAIRED, exit);
        assertTrue(requests.contains("GET /digests/day.jsonl"), "the partial repair is still written");
    }

    /** Issue 12 point 6: the reason a paper failed reaches the owner, not only a count. */
    @Test
    void point6TheSummarizersReasonIsPrinted(@TempDir Path dir) throws IOException {
        failedPapers = 1;
        Path in = Files.writeString(dir.resolve("day.jsonl"), "{\"id\":\"1\"}\n");
        String err = stderrOf(() -> run("repair", in.toString(), "-o", dir.resolve("out").toString(), "--gateway", gateway()));
        assertTrue(err.contains("day.jsonl, paper 2: summarizer-service answered 400: abstract is required to generate a field (field abstract)"), err);
    }

    @Test
    void aRefusedFileIsReportedAndTheOthersStillRepaired(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.md"), "just notes");
        Path day = Files.writeString(dir.resolve("day.md"), "TL;DR: 失败\n");
        Path out = dir.resolve("out");
        int exit = run("repair", notes.toString(), day.toString(), "-o", out.toString(), "--gateway", gateway());
        assertEquals(RepairCommand.EXIT_REFUSED, exit, "refused, but no paper left unrepaired");
        assertEquals("TL;DR: repaired\n", Files.readString(out.resolve("day.md")));
        assertFalse(Files.exists(out.resolve("notes.md")));
    }

    @Test
    void sendsTheTokenAndReportsARefusal(@TempDir Path dir) throws IOException {
        requiredToken = "s3cret";
        Path in = Files.writeString(dir.resolve("day.md"), "x");
        assertEquals(RepairCommand.EXIT_REFUSED, run("repair", in.toString(), "--gateway", gateway(), "--token", "wrong"));
        assertEquals(0, run("repair", in.toString(), "-o", dir.resolve("out").toString(), "--gateway", gateway(), "--token", "s3cret"));
    }

    @Test
    void unreachableGatewayIsAClearError(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("day.md"), "x");
        server.stop(0);
        assertEquals(RepairCommand.EXIT_GATEWAY, run("repair", in.toString(), "--gateway", gateway()));
    }

    private String stderrOf(Runnable action) {
        PrintStream saved = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private String stdoutOf(Runnable action) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void inPlaceRewritesTheFileAndKeepsItsMode(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("day.md"), "TL;DR: 失败\n");
        Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("rw-rw-r--"));
        assertEquals(0, run("repair", "--in-place", in.toString(), "--gateway", gateway()));
        assertEquals("TL;DR: repaired\n", Files.readString(in));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(in)));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(in), listing.toList(), "nothing written beside it, no repaired/ folder");
        }
    }

    @Test
    void inPlaceLeavesAFileThatNeededNothingWithItsMtime(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("day.md"), "TL;DR: fine\n");
        FileTime past = FileTime.from(Instant.parse("2021-03-04T05:06:07Z"));
        Files.setLastModifiedTime(in, past);
        String out = stdoutOf(() -> assertEquals(0, run("repair", "--in-place", in.toString(), "--gateway", gateway())));
        assertEquals(past, Files.getLastModifiedTime(in));
        assertTrue(out.contains("file unchanged"), out);
    }

    @Test
    void inPlaceLeavesTheFileWhenTheRepairFailed(@TempDir Path dir) throws IOException {
        finalState = "FAILED";
        Path in = Files.writeString(dir.resolve("day.md"), "TL;DR: 失败\n");
        assertEquals(RepairCommand.EXIT_UNREPAIRED, run("repair", "--in-place", in.toString(), "--gateway", gateway()));
        assertEquals("TL;DR: 失败\n", Files.readString(in));
        assertFalse(requests.contains("GET /digests/day.md"), "a failed job's output is not even fetched");
    }

    @Test
    void inPlaceAndOutputExcludeEachOther(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("day.md"), "x");
        String err = stderrOf(() -> assertEquals(RepairCommand.EXIT_USAGE,
                run("repair", "--in-place", "-o", dir.toString(), in.toString(), "--gateway", gateway())));
        assertTrue(err.contains("--in-place and -o/--output exclude each other"), err);
        assertTrue(requests.isEmpty(), "nothing uploaded");
    }

    @Test
    void aMissingFileAndADirectoryAreSaidInWords(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        String err = stderrOf(() -> assertEquals(RepairCommand.EXIT_REFUSED,
                run("repair", dir.resolve("nope.md").toString(), data.toString(), "--gateway", gateway(), "-o", dir.resolve("o").toString())));
        assertTrue(err.contains("no such file: " + dir.resolve("nope.md")), err);
        assertTrue(err.contains(data + " is a directory; to repair the digests in it: " + data + "/*"), err);
        assertEquals(1, err.split(java.util.regex.Pattern.quote(dir.resolve("nope.md").toString()), -1).length - 1,
                "the path is said once: " + err);
        assertTrue(requests.isEmpty());
    }

    @Test
    void checkOnlyFailsWhenNoFileCanBeRead(@TempDir Path dir) throws IOException {
        assertEquals(RepairCommand.EXIT_USAGE, run("repair", "--check", dir.resolve("nope.md").toString()));
        Path in = Files.writeString(dir.resolve("day.md"), "x");
        assertEquals(0, run("repair", "--check", in.toString(), dir.resolve("nope.md").toString()));
        assertTrue(requests.isEmpty(), "checking asks nothing of the gateway");
    }

    @Test
    void withoutATerminalProgressIsPlainLines(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("a-rather-long-digest-name-of-the-pipeline-2026-06-09.md"), "TL;DR: 失败\n");
        String err = stderrOf(() -> assertEquals(0, run("repair", in.toString(), "-o", dir.resolve("o").toString(),
                "--gateway", gateway(), "--progress", "auto")));
        assertFalse(err.contains("\r"), "no carriage returns in a log: " + err);
        assertTrue(err.contains("a-rather-long-digest-name-of-the-pipeline-2026-06-09: repairing 2 papers\n"), err);
        assertTrue(err.contains("a-rather-long-digest-name-of-the-pipeline-2026-06-09: 2/2 papers done\n"), err);
        assertTrue(err.lines().count() <= 12, "a line at start, end, and at most one per 10%: " + err);
    }

    @Test
    void takesTheEngineCountsFromTheJobWithoutReadingTheWholeDigest(@TempDir Path dir) throws IOException {
        jobEngines = "{\"offline\":1,\"offline+openai\":1}";
        Path day = Files.writeString(dir.resolve("day.md"), "TL;DR: 失败\n");
        Path summary = dir.resolve("summary.md");
        assertEquals(0, run("repair", "-o", dir.resolve("o").toString(), day.toString(), "--gateway", gateway(),
                "--job-summary", summary.toString()));
        assertTrue(Files.readString(summary).contains("| repaired | 2 (offline: 1, offline+openai: 1) |"), Files.readString(summary));
        assertFalse(requests.contains("GET /api/digests/day"), "the digest's view was read: " + requests);
    }

    @Test
    void writesAMarkdownJobSummary(@TempDir Path dir) throws IOException {
        Path day = Files.writeString(dir.resolve("day.md"), "TL;DR: 失败\n");
        Path notes = Files.writeString(dir.resolve("notes.md"), "just notes");
        Path summary = Files.writeString(dir.resolve("summary.md"), "earlier step\n");
        run("repair", "--in-place", day.toString(), notes.toString(), "--gateway", gateway(), "--job-summary", summary.toString());
        String md = Files.readString(summary);
        assertTrue(md.startsWith("earlier step\n### digest-repair"), "appended, as GITHUB_STEP_SUMMARY wants: " + md);
        assertTrue(md.contains("| papers checked | 3 |"), md);
        assertTrue(md.contains("| repaired | 2 (offline: 1, offline+openai: 1) |"), md);
        assertTrue(md.contains("| left unrepaired | 0 |"), md);
        assertTrue(md.contains("| `day.md` | 3 | 2 | 0 | 0 | rewritten |"), md);
        assertTrue(md.contains("| `notes.md` | - | - | - | - | not repaired: not accepted by the gateway |"), md);
    }

    @Test
    void versionIsPrinted() {
        String out = stdoutOf(() -> assertEquals(0, run("repair", "-V")));
        assertTrue(out.startsWith("digest-repair "), out);
        assertNotEquals("digest-repair \n", out);
    }

    @Test
    void upgradeAsksForEveryStoredDigestAndFollowsTheJobs() {
        String out = stdoutOf(() -> assertEquals(0, run("upgrade", "--gateway", gateway())));
        assertTrue(requests.contains("POST /api/digests/day/repair"), requests.toString());
        assertTrue(requests.contains("query upgrade=offline"), requests.toString());
        assertTrue(out.contains("day: 2 papers upgraded"), out);
        assertTrue(out.contains("done-before: nothing to upgrade (the summarizer runs the offline engine)"), out);
    }

    @Test
    void theDaysCrawlIsCheckedButNeverDownloadedNorWritten(@TempDir Path dir) throws IOException {
        Path crawl = Files.writeString(dir.resolve("2026-05-11.jsonl"), "{\"id\":\"2605.1\",\"title\":\"t\"}\n");
        assertEquals(0, run("repair", "--in-place", crawl.toString(), "--gateway", gateway()));
        assertFalse(requests.contains("GET /digests/2026-05-11.jsonl"), requests.toString());
        assertEquals("{\"id\":\"2605.1\",\"title\":\"t\"}\n", Files.readString(crawl));
    }
}
