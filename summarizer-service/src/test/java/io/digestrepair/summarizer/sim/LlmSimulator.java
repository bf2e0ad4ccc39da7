package io.digestrepair.summarizer.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.digestrepair.core.SharedData;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The llm-simulator as a child process: its own Micronaut application, so it cannot run in-process.
 * Started once per test JVM on a free port and stopped when the JVM exits. A missing jar is a
 * failure, never a skip: the fault tests prove nothing without it.
 */
public final class LlmSimulator {

    public static final String JAR = "llm-simulator/target/llm-simulator-0.1.0-SNAPSHOT-all.jar";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LlmSimulator shared;

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private LlmSimulator(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static synchronized LlmSimulator shared() {
        if (shared == null || !shared.process.isAlive()) {
            shared = start(Map.of());
            LlmSimulator s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
        }
        return shared;
    }

    /** Starts a simulator with these environment settings ({@code SIM_LATENCY_MS}, ...). */
    public static LlmSimulator start(Map<String, String> env) {
        Path jar = SharedData.projectRoot().resolve(JAR);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first with "
                    + "./mvnw -q -B -pl llm-simulator -am package -DskipTests");
        }
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar.toString());
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectOutput(SharedData.projectRoot().resolve("summarizer-service/target/llm-simulator-" + port + ".log").toFile());
        try {
            LlmSimulator sim = new LlmSimulator(pb.start(), port);
            sim.awaitHealthy(Duration.ofSeconds(90));
            return sim;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + jar, e);
        }
    }

    /** The OpenAI-compatible base URL, as {@code OPENAI_BASE_URL} would be set. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/v1";
    }

    public String root() {
        return "http://127.0.0.1:" + port;
    }

    /** Replaces every fault setting with these (the others go back to the environment's). */
    public void faults(Map<String, Object> settings) {
        try {
            send(HttpRequest.newBuilder(URI.create(root() + "/admin/faults"))
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(settings)))
                    .header("Content-Type", "application/json").build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Zeroes the counts and the memory of earlier attempts. */
    public void reset() {
        send(HttpRequest.newBuilder(URI.create(root() + "/admin/reset")).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public JsonNode stats() {
        try {
            return JSON.readTree(send(HttpRequest.newBuilder(URI.create(root() + "/stats")).GET().build()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        process.destroy();
        try {
            process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(10), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitHealthy(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("llm-simulator exited with " + process.exitValue() + " (see target/llm-simulator-" + port + ".log)");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root() + "/health"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("llm-simulator did not answer /health within " + limit);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
