package io.digestrepair.gateway.it;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A gateway as deployed in the open: an API token, an upload limit, URL imports limited to one
 * network standing for the internet (127.0.0.2), and a watched directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityAndIngestTest {

    private static final String TOKEN = "s3cret-token";
    private static final String PROBLEM = "application/problem+json";

    private Services services;
    private EmbeddedGateway gateway;
    private Api anonymous;
    private Api writer;
    private HttpServer outside;
    private String outsideUrl;

    @BeforeAll
    void start() throws IOException {
        services = Services.shared();
        String summarizer = services.summarizer.url();
        gateway = EmbeddedGateway.start(services.parser.url(), summarizer, Map.of(), Map.of(
                "gateway.api-token", TOKEN,
                "micronaut.server.max-request-size", "65536",
                "gateway.import.allowed-networks", "127.0.0.2/32",
                "gateway.import.max-size", "20000",
                "gateway.watch.enabled", true,
                "gateway.watch.settle-time", "300ms"));
        anonymous = gateway.api();
        writer = anonymous.withToken(TOKEN);

        outside = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
        outsideUrl = "http://127.0.0.2:" + outside.getAddress().getPort();
        byte[] planted = Digests.planted("md");
        outside.createContext("/digests/planted.md", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/markdown; charset=utf-8");
            ex.sendResponseHeaders(200, planted.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(planted);
            }
        });
        outside.createContext("/to-parser", ex -> {
            ex.getResponseHeaders().add("Location", services.parser.url() + "/health");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        outside.createContext("/huge.md", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(new byte[50_000]);
            } catch (IOException ignored) {
                // the gateway stopped reading
            }
        });
        outside.start();
    }

    @AfterAll
    void stop() {
        if (outside != null) {
            outside.stop(0);
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void everyWriteNeedsTheTokenAndReadsStayPublic() {
        Api.Reply none = anonymous.put("/api/digests/guarded", Digests.planted("md"), "text/markdown");
        assertEquals(401, none.status(), none.toString());
        assertTrue(none.contentType().startsWith(PROBLEM));
        assertNotNull(none.header("WWW-Authenticate"));
        assertEquals(401, anonymous.withToken("wrong").put("/api/digests/guarded", Digests.planted("md"), "text/markdown").status());
        assertEquals(401, anonymous.post("/api/digests/guarded/repair", null).status());
        assertEquals(401, anonymous.post("/api/digests/guarded/import", "{\"url\": \"" + outsideUrl + "/digests/planted.md\"}").status());
        assertEquals(401, anonymous.delete("/api/jobs/anything").status());
        assertEquals(404, anonymous.get("/api/digests/guarded").status(), "nothing was stored");

        Api.Reply ok = writer.put("/api/digests/guarded", Digests.planted("md"), "text/markdown");
        assertEquals(201, ok.status(), ok.toString());
        assertEquals(200, anonymous.get("/api/digests/guarded").status());
        assertEquals(200, anonymous.get("/api/digests").status());
        assertEquals(200, anonymous.get("/digests/guarded").status());
        assertEquals(200, anonymous.get("/api/jobs/" + ok.json().get("jobId")).status());
    }

    @Test
    void anUploadOverTheLimitIs413() {
        byte[] big = new byte[100_000];
        Arrays.fill(big, (byte) 'a');
        Api.Reply r = writer.put("/api/digests/too-big", big, "text/markdown");
        assertEquals(413, r.status(), r.toString());
        assertTrue(r.contentType().startsWith(PROBLEM), r.contentType());
        assertEquals(404, anonymous.get("/api/digests/too-big").status());
    }

    @Test
    void importsReachPublicAddressesOnly() {
        Api.Reply loopback = writer.post("/api/digests/imported/import", "{\"url\": \"" + services.parser.url() + "/health\"}");
        assertEquals(403, loopback.status(), loopback.toString());
        assertTrue(loopback.contentType().startsWith(PROBLEM));
        assertTrue(loopback.text().contains("loopback"), loopback.text());

        Api.Reply metadata = writer.post("/api/digests/imported/import", "{\"url\": \"http://169.254.169.254/latest/meta-data/\"}");
        assertEquals(403, metadata.status(), metadata.toString());
        Api.Reply named = writer.post("/api/digests/imported/import", "{\"url\": \"http://localhost:" + services.parser.port() + "/health\"}");
        assertEquals(403, named.status(), "a name is checked after resolution: " + named);
        Api.Reply redirected = writer.post("/api/digests/imported/import", "{\"url\": \"" + outsideUrl + "/to-parser\"}");
        assertEquals(403, redirected.status(), "checked again after a redirect: " + redirected);
        Api.Reply file = writer.post("/api/digests/imported/import", "{\"url\": \"file:///etc/passwd\"}");
        assertEquals(400, file.status(), file.toString());
        Api.Reply huge = writer.post("/api/digests/imported/import", "{\"url\": \"" + outsideUrl + "/huge.md\"}");
        assertEquals(413, huge.status(), huge.toString());
        assertEquals(404, anonymous.get("/api/digests/imported").status(), "nothing was stored");

        Api.Reply imported = writer.post("/api/digests/imported/import", "{\"url\": \"" + outsideUrl + "/digests/planted.md\"}");
        assertEquals(201, imported.status(), imported.toString());
        Map<String, Object> job = anonymous.awaitEnd((String) imported.json().get("jobId"));
        assertEquals("DONE", job.get("state"), job.toString());
        Map<String, Object> detail = anonymous.get("/api/digests/imported").json();
        assertEquals("markdown", detail.get("format"));
        assertTrue(String.valueOf(detail.get("origin")).startsWith("import:" + outsideUrl), detail.get("origin").toString());
    }

    @Test
    void theWatchedDirectoryIsIngestedAndRepairedCopiesWritten() throws Exception {
        Path digests = gateway.dir().resolve("digests");
        Path repaired = gateway.dir().resolve("repaired");
        byte[] planted = Digests.planted("md");
        // written in two steps, as a slow copy would: it is read only once it has settled
        Path file = digests.resolve("watched.md");
        Files.write(file, Arrays.copyOfRange(planted, 0, planted.length / 2));
        Thread.sleep(100);
        Files.write(file, planted);
        Files.writeString(digests.resolve("notes.txt"), "not a digest");

        Path copy = repaired.resolve("watched.md");
        byte[] first = awaitFile(copy, null);
        Api.Reply served = anonymous.get("/digests/watched.md");
        assertEquals("repaired", served.header("X-Digest-Repair"));
        assertArrayEquals(served.body(), first);
        ByteIdentity.assertOnlyRepairedFieldsChanged(services.parser.url(), planted, first, "text/markdown");
        assertEquals(1, Api.number(anonymous.get("/api/digests/watched").json(), "revision"));
        assertFalse(Files.exists(repaired.resolve("notes.txt")));

        // a changed file is a new revision, and its copy is rewritten
        byte[] changed = (new String(planted, java.nio.charset.StandardCharsets.UTF_8) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, changed);
        byte[] second = awaitFile(copy, first);
        assertEquals(first.length + 1, second.length);
        assertEquals(2, Api.number(anonymous.get("/api/digests/watched").json(), "revision"));
    }

    private static byte[] awaitFile(Path file, byte[] differentFrom) throws IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                byte[] bytes = Files.readAllBytes(file);
                if (differentFrom == null || !Arrays.equals(bytes, differentFrom)) {
                    return bytes;
                }
            }
            ServiceProcess.sleep(200);
        }
        throw new AssertionError(file + " was not written");
    }
}
