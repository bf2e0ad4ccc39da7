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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command against a minimal stand-in of the gateway's API, to check the client side of the contract. */
class RepairCommandTest {

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();
    private final AtomicInteger polls = new AtomicInteger();
    private volatile int failedPapers;
    private volatile String requiredToken;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
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
        } else if (method.equals("PUT") && path.startsWith("/api/digests/")) {
            String name = path.substring("/api/digests/".length());
            uploads.put(name, exchange.getRequestBody().readAllBytes());
            reply(exchange, 201, "application/json",
                    "{\"name\":\"" + name + "\",\"counts\":{\"papers\":3,\"papersToRepair\":2},\"jobId\":\"job-" + name + "\"}");
        } else if (method.equals("GET") && path.startsWith("/api/jobs/")) {
            // the first poll sees a running job, later ones a finished one
            boolean finished = polls.incrementAndGet() > 1;
            int done = finished ? 2 - failedPapers : 1;
            String state = finished ? "DONE" : "RUNNING";
            reply(exchange, 200, "application/json", "{\"id\":\"x\",\"state\":\"" + state + "\",\"total\":2,\"done\":" + done
                    + ",\"failed\":" + (finished ? failedPapers : 0) + ",\"cached\":0,\"summarized\":2}");
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
    void exitsNonZeroWhenAPaperCouldNotBeRepaired(@TempDir Path dir) throws IOException {
        failedPapers = 1;
        Path in = Files.writeString(dir.resolve("day.jsonl"), "{\"id\":\"1\"}\n");
        int exit = run("repair", in.toString(), "-o", dir.resolve("out").toString(), "--gateway", gateway());
        assertEquals(RepairCommand.EXIT_UNREPAIRED, exit);
        assertTrue(requests.contains("GET /digests/day.jsonl"), "the partial repair is still written");
    }

    @Test
    void aRefusedFileIsReportedAndTheOthersStillRepaired(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.md"), "just notes");
        Path day = Files.writeString(dir.resolve("day.md"), "TL;DR: 失败\n");
        Path out = dir.resolve("out");
        int exit = run("repair", notes.toString(), day.toString(), "-o", out.toString(), "--gateway", gateway());
        assertEquals(RepairCommand.EXIT_UNREPAIRED, exit);
        assertEquals("TL;DR: repaired\n", Files.readString(out.resolve("day.md")));
        assertFalse(Files.exists(out.resolve("notes.md")));
    }

    @Test
    void sendsTheTokenAndReportsARefusal(@TempDir Path dir) throws IOException {
        requiredToken = "s3cret";
        Path in = Files.writeString(dir.resolve("day.md"), "x");
        assertEquals(RepairCommand.EXIT_UNREPAIRED, run("repair", in.toString(), "--gateway", gateway(), "--token", "wrong"));
        assertEquals(0, run("repair", in.toString(), "-o", dir.resolve("out").toString(), "--gateway", gateway(), "--token", "s3cret"));
    }

    @Test
    void unreachableGatewayIsAClearError(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("day.md"), "x");
        server.stop(0);
        assertEquals(RepairCommand.EXIT_GATEWAY, run("repair", in.toString(), "--gateway", gateway()));
    }
}
