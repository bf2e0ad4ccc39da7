package io.digestrepair.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The four images built from their Dockerfiles, run on the host network as docker-compose would
 * run them, repairing real digests through the gateway: once with the offline engine, once through
 * the OpenAI-compatible engine against the simulator injecting 429s and malformed answers.
 */
class ContainersIT {

    private static final Logger LOG = LoggerFactory.getLogger(ContainersIT.class);
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private static final List<GenericContainer<?>> RUNNING = new ArrayList<>();
    private static final Map<String, ImageFromDockerfile> IMAGES = new java.util.HashMap<>();
    private static int parserPort;

    @BeforeAll
    static void parser() {
        Requirements.requireDocker();
        Requirements.require(TestDatabase.reachable(), "PostgreSQL at " + TestDatabase.URL);
        for (String module : List.of("parser-service", "summarizer-service", "gateway", "llm-simulator")) {
            IMAGES.put(module, image(module));
        }
        parserPort = Requirements.freePort();
        start("parser-service", Map.of("PORT", Integer.toString(parserPort)));
    }

    @AfterAll
    static void stopAll() {
        RUNNING.forEach(GenericContainer::stop);
    }

    @Test
    void offlineEngineRepairsEveryFailedAndChinesePaper() throws Exception {
        int summarizer = Requirements.freePort();
        start("summarizer-service", Map.of("PORT", Integer.toString(summarizer)));
        int gateway = startGateway(summarizer, "e2e_offline");

        // 231 papers, 48 of them failed, the rest Chinese
        Path digest = SharedData.require(SharedData.markdownDigests().resolve("2026-05-21.md"));
        RepairedDigest.Verdict verdict = repair(gateway, "2026-05-21", digest, DigestFormat.MARKDOWN);
        assertEquals(231, verdict.papers());
        assertEquals(231 * 5, verdict.repairedFields());
    }

    @Test
    void openAiEngineThroughAFaultySimulatorStillRepairsEverything() throws Exception {
        int simulator = Requirements.freePort();
        start("llm-simulator", Map.of("PORT", Integer.toString(simulator),
                "SIM_LATENCY_MS", "20", "SIM_SEED", "7", "SIM_RATE_429", "0.1", "SIM_RATE_MALFORMED", "0.1"));
        int summarizer = Requirements.freePort();
        start("summarizer-service", Map.of("PORT", Integer.toString(summarizer),
                "LLM_PROVIDER", "openai",
                "OPENAI_BASE_URL", "http://127.0.0.1:" + simulator + "/v1",
                "OPENAI_API_KEY", "sk-e2e",
                "MODEL_NAME", "sim-1",
                "LLM_MAX_CONCURRENCY", "16"));
        int gateway = startGateway(summarizer, "e2e_simulator");

        Path digest = SharedData.require(SharedData.jsonLinesDigests().resolve("2026-03-20_AI_enhanced_Chinese.jsonl"));
        RepairedDigest.Verdict verdict = repair(gateway, "2026-03-20", digest, DigestFormat.JSONL);
        assertEquals(228, verdict.papers());

        JsonNode stats = new ObjectMapper().readTree(HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulator + "/stats")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        LOG.info("simulator stats: {}", stats);
        assertTrue(stats.path("outcomes").path("rateLimited").asInt() > 0, "the simulator answered some 429s: " + stats);
        assertTrue(stats.path("outcomes").path("malformed").asInt() > 0, "and some malformed answers: " + stats);
        // retries and corrective calls stay a small share of the calls
        assertTrue(stats.path("requests").asInt() <= 228 * 1.5, "requests per paper: " + stats);
    }

    private static RepairedDigest.Verdict repair(int gatewayPort, String name, Path digest, DigestFormat format) throws Exception {
        GatewayApi gateway = new GatewayApi(gatewayPort);
        byte[] original = Files.readAllBytes(digest);
        String jobId = gateway.upload(name, original, format.mediaType());
        JsonNode job = gateway.awaitJob(jobId, Duration.ofMinutes(10));
        LOG.info("job {}: {}", name, job);
        assertEquals("DONE", job.path("state").asText(), job.toString());
        assertEquals(0, job.path("failed").asInt(), job.toString());
        byte[] repaired = gateway.bytes("/digests/" + name + format.extension());
        return RepairedDigest.check(original, repaired, format);
    }

    private static int startGateway(int summarizerPort, String schema) throws Exception {
        int port = Requirements.freePort();
        start("gateway", Map.of(
                "PORT", Integer.toString(port),
                "PARSER_URL", "http://127.0.0.1:" + parserPort,
                "SUMMARIZER_URL", "http://127.0.0.1:" + summarizerPort,
                "DATASOURCE_URL", TestDatabase.freshSchemaUrl(schema),
                "DATASOURCE_USERNAME", TestDatabase.USER,
                "DATASOURCE_PASSWORD", TestDatabase.PASSWORD));
        return port;
    }

    private static void start(String module, Map<String, String> env) {
        GenericContainer<?> container = new GenericContainer<>(IMAGES.get(module))
                .withNetworkMode("host")
                .withEnv(env)
                .withLogConsumer(new Slf4jLogConsumer(LoggerFactory.getLogger(module)))
                .waitingFor(Wait.forLogMessage(".*Startup completed.*\\n", 1).withStartupTimeout(STARTUP));
        container.start();
        RUNNING.add(container);
        try {
            GatewayApi.awaitHealthy(Integer.parseInt(env.get("PORT")), Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ImageFromDockerfile image(String module) {
        Path dir = Requirements.root().resolve(module);
        Path jar = Requirements.jar(module);
        return new ImageFromDockerfile("digest-repair/" + module + ":e2e", false)
                .withFileFromPath("Dockerfile", dir.resolve("Dockerfile"))
                .withFileFromPath("target/" + jar.getFileName(), jar)
                .withBuildArg("BASE_IMAGE", baseImage());
    }

    /** eclipse-temurin:25-jre, unless this machine has its own stand-in (docker/build-base-image.sh). */
    private static String baseImage() {
        String env = System.getenv("DIGEST_REPAIR_BASE_IMAGE");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            var images = org.testcontainers.DockerClientFactory.instance().client().listImagesCmd()
                    .withImageNameFilter("local/jre:25").exec();
            if (!images.isEmpty()) {
                return "local/jre:25";
            }
        } catch (RuntimeException e) {
            LOG.debug("could not list images", e);
        }
        return "eclipse-temurin:25-jre";
    }
}
