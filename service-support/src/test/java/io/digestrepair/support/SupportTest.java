package io.digestrepair.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class SupportTest {

    @Serdeable
    record Thing(String name) {
    }

    @Controller("/test")
    static class TestController {
        @Get("/bad")
        String bad() {
            throw ProblemException.badRequest("line 7 is not a paper", 7, "tldr");
        }

        @Get("/broken")
        String broken() {
            throw new IllegalStateException("jdbc:postgresql://db.internal:5432 password=hunter2");
        }

        @Post("/thing")
        String thing(@Body Thing thing) {
            return thing.name();
        }
    }

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void problemExceptionIsProblemJsonWithLineAndField() {
        var e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange("/test/bad", String.class));
        assertEquals(400, e.getStatus().getCode());
        assertEquals(Problem.MEDIA_TYPE, e.getResponse().getContentType().orElseThrow().toString());
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("\"line\":7"), body);
        assertTrue(body.contains("\"field\":\"tldr\""), body);
        assertTrue(body.contains("line 7 is not a paper"), body);
    }

    @Test
    void unexpectedFailuresAre500ProblemsThatLeakNothing() {
        var e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange("/test/broken", String.class));
        assertEquals(500, e.getStatus().getCode());
        assertEquals(Problem.MEDIA_TYPE, e.getResponse().getContentType().orElseThrow().toString());
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertFalse(body.contains("hunter2"), body);
        assertFalse(body.contains("db.internal"), body);
    }

    @Test
    void unreadableJsonIsA400Problem() {
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.POST("/test/thing", "{not json").contentType(MediaType.APPLICATION_JSON), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals(Problem.MEDIA_TYPE, e.getResponse().getContentType().orElseThrow().toString());
    }

    @Test
    void unknownPathIsA404Problem() {
        var e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange("/nowhere", String.class));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        assertEquals(Problem.MEDIA_TYPE, e.getResponse().getContentType().orElseThrow().toString());
    }

    @Test
    void healthAndPrometheusAnswer() {
        String health = client.toBlocking().retrieve("/health");
        assertTrue(health.contains("\"status\":\"UP\""), health);
        client.toBlocking().retrieve("/health");
        String metrics = client.toBlocking().retrieve("/prometheus");
        assertTrue(metrics.contains("jvm_memory_used_bytes"), metrics);
        assertTrue(metrics.contains("http_server_requests_seconds_count"), metrics);
        assertTrue(metrics.contains("uri=\"/health\""), metrics);
    }
}
