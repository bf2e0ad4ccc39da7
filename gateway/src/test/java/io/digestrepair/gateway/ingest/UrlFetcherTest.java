package io.digestrepair.gateway.ingest;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server on 127.0.0.2 stands for "the internet" (allowed by configuration); 127.0.0.1 stays
 * refused, so a redirect from one to the other is the SSRF the fetcher must not follow.
 */
class UrlFetcherTest {

    private static final byte[] DIGEST = "### [1] [A](https://arxiv.org/abs/1)\n".getBytes(StandardCharsets.UTF_8);
    private HttpServer outside;
    private HttpServer inside;
    private String outsideUrl;
    private String insideUrl;

    @BeforeEach
    void start() throws IOException {
        outside = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
        inside = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        outsideUrl = "http://127.0.0.2:" + outside.getAddress().getPort();
        insideUrl = "http://127.0.0.1:" + inside.getAddress().getPort();
        inside.createContext("/secret", ex -> answer(ex, 200, "internal".getBytes(StandardCharsets.UTF_8)));
        outside.createContext("/digest.md", ex -> answer(ex, 200, DIGEST));
        outside.createContext("/to-inside", ex -> {
            ex.getResponseHeaders().add("Location", insideUrl + "/secret");
            answer(ex, 302, new byte[0]);
        });
        outside.createContext("/to-digest", ex -> {
            ex.getResponseHeaders().add("Location", "/digest.md");
            answer(ex, 301, new byte[0]);
        });
        outside.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            answer(ex, 302, new byte[0]);
        });
        outside.createContext("/big", ex -> answer(ex, 200, new byte[5000]));
        outside.createContext("/slow", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | IOException ignored) {
                // the client gave up
            }
        });
        outside.createContext("/missing", ex -> answer(ex, 404, new byte[0]));
        outside.start();
        inside.start();
    }

    @AfterEach
    void stop() {
        outside.stop(0);
        inside.stop(0);
    }

    private UrlFetcher fetcher(List<String> allowed) {
        return new UrlFetcher(AddressPolicy.of(allowed), InetAddress::getAllByName, 1000, Duration.ofSeconds(2), 3);
    }

    @Test
    void loopbackIsRefusedByDefault() {
        var e = assertThrows(ImportRefusedException.class, () -> fetcher(List.of()).fetch(outsideUrl + "/digest.md"));
        assertEquals(403, e.status());
        assertTrue(e.getMessage().contains("loopback"), e.getMessage());
    }

    @Test
    void aHostNameIsCheckedAfterResolution() {
        UrlFetcher f = new UrlFetcher(AddressPolicy.of(List.of()), host -> new InetAddress[]{InetAddress.getByName("10.0.0.7")},
                1000, Duration.ofSeconds(2), 3);
        var e = assertThrows(ImportRefusedException.class, () -> f.fetch("https://digests.example.org/today.md"));
        assertEquals(403, e.status());
        assertTrue(e.getMessage().contains("private"), e.getMessage());
    }

    @Test
    void anAllowedAddressIsFetchedAndRedirectsAreFollowed() {
        var fetched = fetcher(List.of("127.0.0.2/32")).fetch(outsideUrl + "/to-digest");
        assertArrayEquals(DIGEST, fetched.body());
        assertEquals("/digest.md", fetched.finalUrl().getPath());
    }

    @Test
    void aRedirectIntoTheNetworkIsRefused() {
        var e = assertThrows(ImportRefusedException.class, () -> fetcher(List.of("127.0.0.2/32")).fetch(outsideUrl + "/to-inside"));
        assertEquals(403, e.status());
        assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
    }

    @Test
    void limitsHold() {
        UrlFetcher f = fetcher(List.of("127.0.0.2/32"));
        assertEquals(413, assertThrows(ImportRefusedException.class, () -> f.fetch(outsideUrl + "/big")).status());
        assertEquals(502, assertThrows(ImportRefusedException.class, () -> f.fetch(outsideUrl + "/loop")).status());
        assertEquals(502, assertThrows(ImportRefusedException.class, () -> f.fetch(outsideUrl + "/missing")).status());
        long start = System.nanoTime();
        assertEquals(504, assertThrows(ImportRefusedException.class, () -> f.fetch(outsideUrl + "/slow")).status());
        assertTrue(System.nanoTime() - start < 4_000_000_000L, "cut at the deadline");
    }

    @Test
    void onlyHttpUrlsWithAHostAndNoCredentials() {
        UrlFetcher f = fetcher(List.of());
        for (String url : List.of("file:///etc/passwd", "ftp://example.org/a.md", "gopher://x", "http:///nohost",
                "https://user:pw@example.org/a.md", "not a url")) {
            assertEquals(400, assertThrows(ImportRefusedException.class, () -> f.fetch(url), url).status(), url);
        }
    }

    private static void answer(com.sun.net.httpserver.HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
