package io.digestrepair.parser.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP contract, and bad input: each a clear 4xx problem, and the service answers afterwards. */
@MicronautTest
class ParserHttpTest {

    static final String DIGEST = """
            <div id=toc></div>

            # Table of Contents

            - [cs.IR](#cs.IR) [Total: 2]


            <div id='cs.IR'></div>

            # cs.IR [[Back]](#toc)

            ### [1] [LEMUR: Large scale End-to-end MUltimodal Recommendation](https://arxiv.org/abs/2511.10962)
            *Xintian Han,Honggang Chen*

            Main category: cs.IR

            TL;DR: Summary generation failed


            <details>
              <summary>Details</summary>
            Motivation: Motivation analysis unavailable

            Method: Method extraction failed

            Result: Result analysis unavailable

            Conclusion: Conclusion extraction failed

            Abstract: Traditional ID-based recommender systems often struggle with cold-start.

            </details>


            ### [2] [Second](https://arxiv.org/pdf/2511.10963v2)
            *A, B*

            Main category: cs.IR

            TL;DR: 本文提出了一种端到端的多模态推荐方法。


            <details>
              <summary>Details</summary>
            Motivation: 现有方法存在不足。

            Method: 提出LEMUR框架。

            Result: 实验表明效果显著。

            Conclusion: 方法有效。

            Abstract: An abstract.

            </details>
            """;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @AfterEach
    void serviceStillAnswers() {
        HttpResponse<String> health = client.toBlocking().exchange("/health", String.class);
        assertEquals(HttpStatus.OK, health.getStatus());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
    }

    @Test
    void parseMarkdown() {
        String body = client.toBlocking().retrieve(HttpRequest.POST("/parse", DIGEST).contentType("text/markdown"));
        assertTrue(body.contains("\"format\":\"markdown\""), body);
        assertTrue(body.contains("\"targetLanguage\":\"en\""), body);
        assertTrue(body.contains("\"status\":\"PLACEHOLDER\""), body);
        assertTrue(body.contains("\"status\":\"NON_TARGET_LANGUAGE\",\"language\":\"zh\",\"action\":\"TRANSLATE\""), body);
        assertTrue(body.contains("\"id\":\"2511.10963\""), body);
        assertTrue(body.contains("\"papers\":2"), body);
        assertTrue(body.contains("\"span\":["), body);
    }

    @Test
    void sniffsWithoutContentTypeAndHonoursLanguage() {
        String body = client.toBlocking().retrieve(HttpRequest.POST("/parse?language=Chinese", DIGEST.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE));
        assertTrue(body.contains("\"targetLanguage\":\"zh\""), body);
        assertTrue(body.contains("\"okPapers\":1"), body);
    }

    @Test
    void renderAppliesEditsAndKeepsEverythingElse() {
        Map<String, Object> request = Map.of("source", DIGEST, "format", "markdown",
                "edits", java.util.List.of(Map.of("index", 0, "field", "tldr", "text", "LEMUR trains retrieval and ranking end to end.")));
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.POST("/render", request), String.class);
        assertEquals("text/markdown", response.getContentType().orElseThrow().getName());
        assertEquals(DIGEST.replace("TL;DR: Summary generation failed", "TL;DR: LEMUR trains retrieval and ranking end to end."),
                response.body());

        String same = client.toBlocking().retrieve(HttpRequest.POST("/render", Map.of("source", DIGEST)));
        assertEquals(DIGEST, same);
    }

    @Test
    void renderRejectsAnEditOfAPaperThatIsNotThere() {
        Map<String, Object> request = Map.of("source", DIGEST,
                "edits", java.util.List.of(Map.of("index", 7, "field", "tldr", "text", "x")));
        var e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.POST("/render", request), String.class));
        assertProblem(e, HttpStatus.UNPROCESSABLE_ENTITY, "edits[0].index");
        var badField = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.POST("/render", Map.of("source", DIGEST, "edits", java.util.List.of(Map.of("index", 0, "field", "summary", "text", "x")))),
                String.class));
        assertProblem(badField, HttpStatus.UNPROCESSABLE_ENTITY, "edits[0].field");
    }

    @Test
    void emptyBody() {
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/parse", new byte[0]).contentType("text/markdown"), String.class));
        assertProblem(e, HttpStatus.BAD_REQUEST, "empty");
    }

    @Test
    void binaryGarbage() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[10] = 0;
        var sniffed = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/parse", garbage).contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE), String.class));
        assertProblem(sniffed, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "cannot tell");
        var declared = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/parse", garbage).contentType("text/markdown"), String.class));
        assertProblem(declared, HttpStatus.BAD_REQUEST, "invalid UTF-8");
    }

    /**
     * Issue 12 point 3: an LLM artefact (one NUL deep inside a real English digest) is not binary.
     * Only a NUL in the first bytes says binary, as git's own heuristic reads it (first 8,000 bytes).
     */
    @Test
    void point3NulFarFromTheStartIsReportedWithItsLineAndTheDigestRead() {
        // text before the table of contents (tolerated) puts the NUL past the first 8,000 bytes
        String text = ("A digest of the day's papers. ".repeat(400) + "\n\n" + DIGEST).replace("An abstract.", "An abstract.\u0000");
        int nulLine = (int) text.substring(0, text.indexOf('\u0000')).chars().filter(c -> c == '\n').count() + 1;
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        // no Content-Type at all: the digest is sniffed
        String answer = client.toBlocking().retrieve(HttpRequest.POST("/parse", body).contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE));
        assertTrue(answer.contains("\"format\":\"markdown\""), answer);
        assertTrue(answer.contains("\"papers\":2"), answer);
        assertTrue(answer.contains("{\"line\":" + nulLine + ",\"message\":\"a NUL byte"), answer);
        assertTrue(answer.contains("\"problems\":1"), answer);

        byte[] early = Arrays.copyOf(body, body.length);
        early[100] = 0;
        var binary = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/parse", early).contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE), String.class));
        assertProblem(binary, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "cannot tell");
    }

    @Test
    void unknownMediaTypeThatCannotBeSniffed() {
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/parse", "<note><to>x</to></note>").contentType(MediaType.APPLICATION_XML_TYPE), String.class));
        assertProblem(e, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type");
    }

    @Test
    void invalidUtf8NamesTheLine() {
        byte[] good = DIGEST.getBytes(StandardCharsets.UTF_8);
        int at = DIGEST.indexOf("Method: 提出") + "Method: ".length();
        byte[] bad = Arrays.copyOf(good, good.length);
        bad[DIGEST.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xC3;
        int line = (int) DIGEST.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/parse", bad).contentType("text/markdown"), String.class));
        String body = assertProblem(e, HttpStatus.BAD_REQUEST, "invalid UTF-8");
        assertTrue(body.contains("\"line\":" + line), body);
    }

    @Test
    void tenThousandNestedDetails() {
        String nested = "### [1] [T](https://arxiv.org/abs/2511.00001)\n" + "<details>\n".repeat(10_000);
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/parse", nested).contentType("text/markdown"), String.class));
        String body = assertProblem(e, HttpStatus.BAD_REQUEST, "<details>");
        assertTrue(body.contains("\"line\":3"), body);
    }

    @Test
    void jsonLinesWithOneBrokenLineIsParsedAndTheLineReported() {
        String jsonl = "{\"id\": \"1\", \"title\": \"A\", \"AI\": {\"tldr\": \"\\u672c\\u6587\", \"motivation\": \"Motivation analysis unavailable\"}}\n"
                + "{\"id\": \"2\", \"title\": \n"
                + "{\"id\": \"3\", \"title\": \"C\", \"AI\": {\"tldr\": \"Error\"}}\n";
        String body = client.toBlocking().retrieve(HttpRequest.POST("/parse", jsonl).contentType("application/x-ndjson"));
        assertTrue(body.contains("\"format\":\"jsonl\""), body);
        assertTrue(body.contains("\"problems\":[{\"line\":2,"), body);
        assertTrue(body.contains("\"papers\":2"), body);
        assertTrue(body.contains("\"line\":3"), body);
    }

    private static final String CRAWL_ROW = "{\"id\": \"2606.00002\", \"categories\": [\"cs.CV\"], "
            + "\"abs\": \"https://arxiv.org/abs/2606.00002\", \"authors\": [\"A\"], \"title\": \"Two\", \"summary\": \"S.\"}";
    private static final String DIGEST_ROW = "{\"id\": \"2606.00001\", \"categories\": [\"cs.CV\"], "
            + "\"abs\": \"https://arxiv.org/abs/2606.00001\", \"authors\": [\"A\"], \"title\": \"One\", \"summary\": \"S.\", "
            + "\"AI\": {\"tldr\": \"T\", \"motivation\": \"M\", \"method\": \"Me\", \"result\": \"R\", \"conclusion\": \"C\"}}";

    @Test
    void aCrawlIsReportedAsOne() {
        String crawl = CRAWL_ROW.replace("2606.00002", "2606.00001") + "\n" + CRAWL_ROW + "\n";
        String body = client.toBlocking().retrieve(HttpRequest.POST("/parse", crawl).contentType("application/x-ndjson"));
        assertTrue(body.contains("\"format\":\"crawl\""), body);
        assertTrue(body.contains("\"papers\":2"), body);
    }

    @Test
    void restoreAddsTheCrawlsPapersTheDigestLacks() {
        String crawl = CRAWL_ROW.replace("2606.00002", "2606.00001") + "\n" + CRAWL_ROW + "\n";
        String body = client.toBlocking().retrieve(HttpRequest.POST("/restore",
                Map.of("source", DIGEST_ROW + "\n", "crawl", crawl)));
        assertTrue(body.contains("\"restored\":[\"2606.00002\"]"), body);
        assertTrue(body.contains("\"crawlPapers\":2"), body);
        assertTrue(body.contains("\"inCrawl\":1"), body);
    }

    @Test
    void restoreRefusesABrokenCrawlNamingTheLine() {
        String crawl = CRAWL_ROW.replace("2606.00002", "2606.00001") + "\n{\"id\": \n";
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(HttpRequest.POST("/restore",
                Map.of("source", DIGEST_ROW + "\n", "crawl", crawl)), String.class));
        String problem = assertProblem(e, HttpStatus.UNPROCESSABLE_ENTITY, "crawl line 2");
        assertTrue(problem.contains("\"field\":\"crawl\""), problem);
        var missing = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(HttpRequest.POST("/restore",
                Map.of("source", DIGEST_ROW + "\n")), String.class));
        assertProblem(missing, HttpStatus.BAD_REQUEST, "crawl is missing");
    }

    @Test
    void aHundredMegabyteLineIsTooLarge() throws Exception {
        byte[] line = new byte[100 * 1024 * 1024];
        Arrays.fill(line, (byte) 'a');
        // the JDK client reads the early 413 the server answers before the body is all sent
        try (java.net.http.HttpClient jdk = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(URI.create(server.getURI() + "/parse"))
                    .header("Content-Type", "text/markdown")
                    .timeout(Duration.ofSeconds(60))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(line))
                    .build();
            var response = jdk.send(request, BodyHandlers.ofString());
            assertEquals(413, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
    }

    @Test
    void prometheusAnswers() {
        client.toBlocking().retrieve(HttpRequest.POST("/parse", DIGEST).contentType("text/markdown"));
        String metrics = client.toBlocking().retrieve("/prometheus");
        assertTrue(metrics.contains("uri=\"/parse\""), metrics);
    }

    private static String assertProblem(HttpClientResponseException e, HttpStatus status, String detail) {
        assertEquals(status, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().getName());
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains(detail), body);
        return body;
    }
}
