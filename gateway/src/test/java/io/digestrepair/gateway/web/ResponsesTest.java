package io.digestrepair.gateway.web;

import io.digestrepair.gateway.serve.Rendition;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponsesTest {

    @Test
    void gzipIsTakenUnlessRefused() {
        assertTrue(Responses.acceptsGzip("gzip, deflate, br"));
        assertTrue(Responses.acceptsGzip("br;q=1.0, gzip;q=0.8"));
        assertFalse(Responses.acceptsGzip("gzip;q=0"));
        assertFalse(Responses.acceptsGzip("identity"));
        assertFalse(Responses.acceptsGzip("x-gzip2"));
        assertFalse(Responses.acceptsGzip(null));
    }

    @Test
    void eitherEtagOfTheBodyMatches() {
        Rendition r = new Rendition("text/plain", "hello".getBytes(StandardCharsets.UTF_8), Map.of());
        assertTrue(Responses.notModified(r.etag(false), r));
        assertTrue(Responses.notModified("\"other\", " + r.etag(true), r));
        assertTrue(Responses.notModified("W/" + r.etag(false), r));
        assertTrue(Responses.notModified("*", r));
        assertFalse(Responses.notModified("\"other\"", r));
        assertFalse(Responses.notModified(null, r));
    }

    @Test
    void formatsAreReadFromContentTypes() {
        assertTrue(DigestApiController.formatOf("text/markdown; charset=utf-8") == io.digestrepair.core.DigestFormat.MARKDOWN);
        assertTrue(DigestApiController.formatOf("application/x-ndjson") == io.digestrepair.core.DigestFormat.JSONL);
        assertTrue(DigestApiController.formatOf("application/octet-stream") == null);
        assertTrue(DigestApiController.formatOf(null) == null);
    }
}
