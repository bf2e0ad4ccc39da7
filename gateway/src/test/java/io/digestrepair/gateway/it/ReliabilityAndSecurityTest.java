package io.digestrepair.gateway.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's points that a client sees at the gateway's door, each named after its point: a gateway
 * with an API token and the documented default upload limit, on the real parser and summarizer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReliabilityAndSecurityTest {

    private static final String TOKEN = "reliability-token";
    private static final String PROBLEM = "application/problem+json";
    private static final String FOREIGN = "https://evil.example";

    private Services services;
    private EmbeddedGateway gateway;
    private Api anonymous;
    private Api writer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void start() {
        services = Services.shared();
        gateway = EmbeddedGateway.start(services.parser.url(), services.summarizer.url(), Map.of(),
                Map.of("gateway.api-token", TOKEN));
        anonymous = gateway.api();
        writer = anonymous.withToken(TOKEN);
    }

    @AfterAll
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void point4EventsOfAnUnknownJobAre404() {
        Api.Reply events = anonymous.get("/api/jobs/no-such-job/events", "Accept", "text/event-stream");
        assertEquals(404, events.status(), events.toString());
        assertTrue(events.contentType().startsWith(PROBLEM), events.contentType());
        assertTrue(events.text().contains("no-such-job"), events.text());
        assertEquals(404, anonymous.get("/api/jobs/no-such-job").status());
    }

    /** 12 MB passes the parser's and the gateway's limit alike (it used to stop at 10 MiB); 33 MB is refused by name. */
    @Test
    void point2OneUploadLimitAsMaxUploadSizeDocuments() throws IOException {
        byte[] day = Digests.read(Digests.corpusMarkdown("2026-06-09"));
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        while (big.size() < 12_000_000) {
            big.write(day);
            big.write('\n');
        }
        Api.Reply accepted = writer.put("/api/digests/twelve-megabytes?repair=false", big.toByteArray(), "text/markdown");
        assertEquals(201, accepted.status(), accepted.toString());

        while (big.size() < 33_000_000) {
            big.write(day);
        }
        Api.Reply refused = writer.put("/api/digests/thirty-three-megabytes?repair=false", big.toByteArray(), "text/markdown");
        assertEquals(413, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith(PROBLEM), refused.contentType());
        assertTrue(refused.text().contains("MAX_UPLOAD_SIZE"), refused.text());
        assertEquals(404, anonymous.get("/api/digests/thirty-three-megabytes").status());
    }

    @Test
    void point9WritesFromAForeignOriginAre403TokenOrNot() throws Exception {
        for (String token : new String[]{null, TOKEN}) {
            HttpResponse<String> r = send("POST", "/api/digests/x/repair", token, "Origin", FOREIGN);
            assertEquals(403, r.statusCode(), "token " + token + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
            assertTrue(r.body().contains("Origin"), r.body());
        }
        HttpResponse<String> nullOrigin = send("DELETE", "/api/jobs/x", TOKEN, "Origin", "null");
        assertEquals(403, nullOrigin.statusCode(), nullOrigin.body());
        // the gateway's own page, and clients that send no Origin (curl, the CLI), write as before
        HttpResponse<String> own = send("POST", "/api/digests/x/repair", TOKEN, "Origin", gateway.url());
        assertEquals(404, own.statusCode(), own.body());
        HttpResponse<String> none = send("POST", "/api/digests/x/repair", TOKEN);
        assertEquals(404, none.statusCode(), none.body());
    }

    @Test
    void point9EveryReadAnswersCorsAndPreflightsAreAnswered() throws Exception {
        Api.Reply up = writer.put("/api/digests/cors?repair=false", Digests.planted("md"), "text/markdown");
        assertEquals(201, up.status(), up.toString());
        for (String path : List.of("/digests/cors.md", "/digests/cors", "/api/digests/cors", "/api/digests", "/")) {
            HttpResponse<String> r = send("GET", path, null, "Origin", FOREIGN);
            assertEquals(200, r.statusCode(), path);
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
            String exposed = r.headers().firstValue("Access-Control-Expose-Headers").orElse("").toLowerCase(Locale.ROOT);
            assertTrue(exposed.contains("etag"), path + ": " + exposed);
        }
        HttpResponse<String> head = send("HEAD", "/digests/cors.md", null, "Origin", FOREIGN);
        assertEquals("*", head.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

        HttpResponse<String> preflight = send("OPTIONS", "/digests/cors.md", null, "Origin", FOREIGN,
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "if-none-match");
        assertTrue(preflight.statusCode() == 204 || preflight.statusCode() == 200, preflight.statusCode() + " " + preflight.body());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        String methods = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(methods.contains("GET") && methods.contains("HEAD"), methods);
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase(Locale.ROOT)
                .contains("if-none-match"));

        HttpResponse<String> writePreflight = send("OPTIONS", "/api/digests/cors", null, "Origin", FOREIGN,
                "Access-Control-Request-Method", "PUT");
        assertEquals(403, writePreflight.statusCode(), writePreflight.body());
        assertTrue(writePreflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void point7RestoreIsATokenProtectedWrite() throws Exception {
        Api.Reply up = writer.put("/api/digests/restorable?repair=false", Digests.planted("md"), "text/markdown");
        assertEquals(201, up.status(), up.toString());
        Api.Reply none = anonymous.post("/api/digests/restorable/revisions/1/restore", null);
        assertEquals(401, none.status(), none.toString());
        assertEquals(403, send("POST", "/api/digests/restorable/revisions/1/restore", TOKEN, "Origin", FOREIGN).statusCode());
        Api.Reply ok = writer.post("/api/digests/restorable/revisions/1/restore", null);
        assertEquals(200, ok.status(), ok.toString());
    }

    @Test
    void point10RawNonAsciiByteInAWritePathIs400EvenWithAValidToken() throws IOException {
        byte[] name = "/api/digests/caf\u00e9".getBytes(StandardCharsets.UTF_8);
        String read = raw("GET", name, null);
        assertTrue(read.startsWith("HTTP/1.1 400"), read);
        String write = raw("PUT", name, TOKEN);
        assertTrue(write.startsWith("HTTP/1.1 400"), write);
    }

    @Test
    void point10AUriOverTheLimitIs414() throws IOException {
        String answer = raw("GET", ("/digests/" + "a".repeat(20_000)).getBytes(StandardCharsets.US_ASCII), null);
        assertTrue(answer.matches("(?s)HTTP/1\\.[01] 414 .*"), answer);
        assertEquals(200, anonymous.get("/health").status(), "still serving");
    }

    /** A paper with placeholders and no abstract: the summarizer's own reason reaches the job and the page. */
    @Test
    void point6TheSummarizersReasonIsPassedThrough() {
        String digest = new String(Digests.planted("md"), StandardCharsets.UTF_8);
        int abs = digest.lastIndexOf("Abstract:"); // paper 2, all placeholders: its fields are generated
        int end = digest.indexOf("\n", abs);
        String noAbstract = digest.substring(0, abs) + "Abstract:" + digest.substring(end);
        Api.Reply up = writer.put("/api/digests/no-abstract", noAbstract.getBytes(StandardCharsets.UTF_8), "text/markdown");
        assertEquals(201, up.status(), up.toString());
        Map<String, Object> job = anonymous.awaitEnd((String) up.json().get("jobId"));
        String errors = String.valueOf(job.get("errors"));
        assertTrue(errors.contains("abstract is required to generate a field"), job.toString());
        assertTrue(errors.contains("abstract"), errors);
        assertTrue(!errors.contains("Bad Request"), errors);
        String page = anonymous.get("/digests/no-abstract").text();
        assertTrue(page.contains("abstract is required to generate a field"), "the page says why");
    }

    /** An HTTP/1.1 request written byte for byte, as no client library lets one write it. */
    private String raw(String method, byte[] path, String token) throws IOException {
        URI base = URI.create(gateway.url());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " ").getBytes(StandardCharsets.US_ASCII));
            out.write(path);
            StringBuilder head = new StringBuilder(" HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            if (method.equals("PUT")) {
                head.append("Content-Type: text/markdown\r\nContent-Length: 2\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            if (method.equals("PUT")) {
                head.append("x\n");
            }
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(4096);
            return new String(answer, StandardCharsets.ISO_8859_1);
        }
    }

    private HttpResponse<String> send(String method, String path, String token, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway.url() + path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertNotEquals(500, r.statusCode(), method + " " + path + ": " + r.body());
        return r;
    }
}
