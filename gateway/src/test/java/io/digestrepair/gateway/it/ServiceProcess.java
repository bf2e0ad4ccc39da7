package io.digestrepair.gateway.it;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service of this project started from its shaded jar as a child process, on a free port,
 * and waited for until its /health answers. A missing jar fails the test: build the module first.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Settings that must never leak from a developer's environment into a test service. */
    private static final List<String> SCRUBBED = List.of("OPENAI_API_KEY", "OPENAI_BASE_URL", "LLM_PROVIDER", "MODEL_NAME",
            "OLLAMA_BASE_URL", "FALLBACK_MODEL_NAME", "DATASOURCE_URL", "GATEWAY_API_TOKEN", "PARSER_URL", "SUMMARIZER_URL",
            "DIGESTS_DIR", "REPAIRED_DIR", "PORT");

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    private static final Map<String, Path> COPIES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The module's shaded jar, copied once per test JVM: a build of that module while the tests
     * run would otherwise rewrite the jar under a running service.
     */
    public static Path jar(String module) {
        return COPIES.computeIfAbsent(module, m -> {
            Path jar = SharedData.projectRoot().resolve(m).resolve("target").resolve(m + "-0.1.0-SNAPSHOT-all.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build it first (./mvnw -pl " + m + " -am package -DskipTests)");
            }
            try {
                Path dir = Files.createTempDirectory("it-jar-");
                dir.toFile().deleteOnExit();
                Path copy = Files.copy(jar, dir.resolve(jar.getFileName()));
                copy.toFile().deleteOnExit();
                return copy;
            } catch (IOException e) {
                throw new IllegalStateException("cannot copy " + jar, e);
            }
        });
    }

    public static ServiceProcess start(String module, Map<String, String> env) {
        return start(module, freePort(), env, Path.of("target", "it-logs"));
    }

    /** Starts the module's jar on the given port; its output goes to a log file under logDir. */
    public static ServiceProcess start(String module, int port, Map<String, String> env, Path logDir) {
        Path jar = jar(module);
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(module + "-" + port + ".log");
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            SCRUBBED.forEach(pb.environment()::remove);
            pb.environment().putAll(env);
            pb.environment().put("PORT", Integer.toString(port));
            ServiceProcess p = new ServiceProcess(module, pb.start(), port, log);
            p.awaitHealthy(Duration.ofSeconds(90));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + module, e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    public Path log() {
        return log;
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            try {
                var r = client.send(HttpRequest.newBuilder(URI.create(url() + "/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException ignored) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException(name + " did not become healthy in " + timeout + "; see " + log.toAbsolutePath());
    }

    /** kill -9: no shutdown hook, no clean release of anything. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private void waitFor() {
        try {
            process.waitFor(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
