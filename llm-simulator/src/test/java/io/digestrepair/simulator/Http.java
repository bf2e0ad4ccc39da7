package io.digestrepair.simulator;

import io.digestrepair.simulator.chat.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A plain JDK client, so tests see exactly the bytes and headers a foreign client would. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public Http(URL base) {
        this.base = URI.create(base.toString());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    public HttpResponse<String> post(String path, String body) {
        return send(request(path, body, Duration.ofSeconds(30)));
    }

    public HttpResponse<String> put(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public CompletableFuture<HttpResponse<String>> postAsync(String path, String body, Duration timeout) {
        return client.sendAsync(request(path, body, timeout), HttpResponse.BodyHandlers.ofString());
    }

    public HttpRequest request(String path, String body, Duration timeout) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sets exactly these faults: every other setting back to a quiet, fast, seeded default. */
    public void faults(Map<String, Object> values) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("SIM_LATENCY_MS", 0);
        for (String rate : new String[] {"SIM_RATE_429", "SIM_RATE_500", "SIM_RATE_TIMEOUT", "SIM_RATE_MALFORMED",
                "SIM_RATE_WRONG_LANGUAGE", "SIM_RATE_PLACEHOLDER"}) {
            body.put(rate, 0);
        }
        body.put("SIM_SEED", 42);
        values.forEach((k, v) -> body.set(k, Json.MAPPER.valueToTree(v)));
        HttpResponse<String> r = put("/admin/faults", body.toString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("faults not set: " + r.body());
        }
        post("/admin/reset", "");
    }

    public static JsonNode json(HttpResponse<String> response) {
        return Json.MAPPER.readTree(response.body());
    }

    /** The message content of a chat completion. */
    public static String content(HttpResponse<String> response) {
        return json(response).path("choices").path(0).path("message").path("content").stringValue();
    }
}
