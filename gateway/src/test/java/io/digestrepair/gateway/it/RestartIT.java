package io.digestrepair.gateway.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static io.digestrepair.gateway.it.Api.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged gateway killed with SIGKILL in the middle of a job: at its next start the job
 * resumes and finishes, and the summarizer's answers, counted by a proxy, show that every paper
 * was summarized exactly once.
 * <p>
 * The proxy lets five answers through and holds the rest, so the kill comes at a known point: five
 * papers stored, the others sent but unanswered. Those in-flight requests die with the gateway
 * (the proxy drops them), and the resumed job sends only the papers never answered.
 */
class RestartIT {

    private static final int PAPERS = 12;
    private static final int BEFORE_KILL = 5;

    @Test
    void aJobKilledMidwayResumesAndSummarizesEachPaperOnce() throws IOException {
        Services services = Services.shared();
        Path dir = Files.createTempDirectory("gateway-restart-");
        int port = ServiceProcess.freePort();
        try (SummarizerProxy proxy = new SummarizerProxy(services.summarizer.url())) {
            Map<String, String> env = new HashMap<>();
            env.put("PARSER_URL", services.parser.url());
            env.put("SUMMARIZER_URL", proxy.url());
            env.put("H2_FILE", dir.resolve("data/gateway").toString());
            env.put("WATCH_ENABLED", "false");
            env.put("SUMMARY_BATCH_SIZE", "2");
            env.put("SUMMARY_CONCURRENCY", "2");
            Path logs = Path.of("target", "it-logs");
            Api api = new Api("http://127.0.0.1:" + port);

            proxy.holdAfter(BEFORE_KILL);
            ServiceProcess first = ServiceProcess.start("gateway", port, env, logs);
            String jobId;
            Map<String, Integer> answeredBeforeKill;
            try {
                Api.Reply created = api.put("/api/digests/restart", Digests.chineseSeed(), "text/markdown");
                assertEquals(201, created.status(), created.toString());
                jobId = (String) created.json().get("jobId");
                api.awaitJob(jobId, j -> number(j, "done") == BEFORE_KILL, Duration.ofMinutes(2));
                ServiceProcess.sleep(500);
                Map<String, Object> atKill = api.job(jobId);
                assertEquals("RUNNING", atKill.get("state"));
                assertEquals(BEFORE_KILL, number(atKill, "done"), "held: nothing more was answered");
                assertTrue(proxy.papersSent() > BEFORE_KILL, "more papers were in flight: " + proxy.sentPerPaper());
                answeredBeforeKill = proxy.deliveredPerPaper();
            } finally {
                first.kill();
            }
            assertEquals(BEFORE_KILL, answeredBeforeKill.size());
            proxy.abandonEarlierRequests();
            proxy.release();

            try (ServiceProcess second = ServiceProcess.start("gateway", port, env, logs)) {
                // the lease is 30 s: the job is taken back at once because its owner's process is gone
                Map<String, Object> job = api.awaitJob(jobId, j -> !"RUNNING".equals(j.get("state")) && !"QUEUED".equals(j.get("state")),
                        Duration.ofSeconds(20));
                assertEquals("DONE", job.get("state"), job.toString());
                assertEquals(PAPERS, number(job, "total"));
                assertEquals(PAPERS, number(job, "done"));
                assertEquals(PAPERS, number(job, "summarized"));
                assertEquals(0, number(job, "cached"));
                assertEquals(0, number(job, "failed"));

                Map<String, Integer> answered = proxy.deliveredPerPaper();
                assertEquals(PAPERS, answered.size(), answered.toString());
                answered.forEach((id, n) -> assertEquals(1, n, id + " was summarized " + n + " times: " + answered));
                Map<String, Integer> sent = proxy.sentPerPaper();
                for (String id : answeredBeforeKill.keySet()) {
                    assertEquals(1, sent.get(id), id + " was answered before the kill and sent again: " + sent);
                }
                assertEquals(Set.copyOf(answered.keySet()), Set.copyOf(sent.keySet()));

                byte[] repaired = api.get("/digests/restart.md").body();
                ByteIdentity.assertOnlyRepairedFieldsChanged(services.parser.url(), Digests.chineseSeed(), repaired, "text/markdown");
                assertTrue(second.process().isAlive());
            }
        }
    }
}
