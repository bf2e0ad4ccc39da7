package io.digestrepair.gateway.it;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The gateway's HTTP API as a client sees it: raw bytes, headers and JSON. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    public record Reply(int status, HttpHeaders headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public Map<String, Object> json() {
            return Api.json(body);
        }

        public List<Map<String, Object>> jsonList() {
            try {
                return JSON.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
            } catch (IOException e) {
                throw new UncheckedIOException(text(), e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    private final String base;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Api(String base) {
        this(base, null);
    }

    public Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public Api withToken(String token) {
        return new Api(base, token);
    }

    public String base() {
        return base;
    }

    public Reply get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Reply put(String path, byte[] body, String contentType) {
        return send(request(path, "Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply post(String path, String json) {
        HttpRequest.Builder b = json == null ? request(path).POST(HttpRequest.BodyPublishers.noBody())
                : request(path, "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return send(b);
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Map<String, Object> job(String id) {
        Reply r = get("/api/jobs/" + id);
        if (r.status() != 200) {
            throw new AssertionError("GET /api/jobs/" + id + ": " + r);
        }
        return r.json();
    }

    /** Polls the job until the condition holds. */
    public Map<String, Object> awaitJob(String id, Predicate<Map<String, Object>> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> job = job(id);
        while (!condition.test(job)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + id + " did not get there in " + timeout + ": " + job);
            }
            ServiceProcess.sleep(100);
            job = job(id);
        }
        return job;
    }

    public Map<String, Object> awaitEnd(String id) {
        return awaitJob(id, j -> List.of("DONE", "FAILED", "CANCELLED").contains(j.get("state")), Duration.ofMinutes(3));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> json(byte[] body) {
        try {
            return JSON.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(new String(body, StandardCharsets.UTF_8), e);
        }
    }

    public static int number(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (!(v instanceof Number n)) {
            throw new AssertionError(key + " is not a number in " + map);
        }
        return n.intValue();
    }
}
