package io.digestrepair.summarizer.sim;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch client that goes away takes its outstanding LLM calls with it. */
class CancellationTest {

    @Test
    void disconnectingCancelsOutstandingCalls() throws Exception {
        LlmSimulator sim = LlmSimulator.shared();
        sim.reset();
        sim.faults(Map.of("SIM_LATENCY_MS", 2000));
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1, "summarizer.provider", "openai",
                "summarizer.openai-base-url", sim.baseUrl(), "summarizer.model-name", "llm-simulator",
                "summarizer.max-concurrency", "3"))) {
            ApplicationContext ctx = server.getApplicationContext();
            byte[] body = CorpusPapers.ndjson(CorpusPapers.load(15)).getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /summaries/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                long deadline = System.currentTimeMillis() + 10_000;
                // the first call goes alone (the response format is not confirmed yet), then 3 side by side
                while (sim.stats().get("requests").asLong() < 4 && System.currentTimeMillis() < deadline) {
                    Thread.sleep(50);
                }
                Thread.sleep(300);
                assertEquals(4, sim.stats().get("requests").asLong(), "the first calls should be in flight, no more");
                InputStream in = socket.getInputStream();
                assertTrue(in.available() >= 0);
            }
            // the client is gone: what was waiting must not be sent, what was in flight is cancelled
            Thread.sleep(5000);
            long requests = sim.stats().get("requests").asLong();
            assertTrue(requests <= 5, requests + " requests reached the provider after the client left");
            String metrics = ctx.getBean(io.micrometer.prometheusmetrics.PrometheusMeterRegistry.class).scrape();
            var cancelled = java.util.regex.Pattern.compile("summarizer_cancelled_total\\{[^}]*} ([0-9.]+)").matcher(metrics);
            assertTrue(cancelled.find(), metrics);
            assertEquals(14.0, Double.parseDouble(cancelled.group(1)), "every paper of the batch but the one answered was cancelled");
        } finally {
            sim.faults(Map.of());
        }
    }
}
