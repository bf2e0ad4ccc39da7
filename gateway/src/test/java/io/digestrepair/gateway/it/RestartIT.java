package io.digestrepair.gateway.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.digestrepair.gateway.it.Api.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged gateway killed with SIGKILL in the middle of a job: at its next start the job
 * resumes and finishes, and the summarizer's answers, counted by a proxy, show that no paper was
 * lost and none summarized twice beyond the one write batch the kill interrupted.
 * <p>
 * The proxy lets five answers through and holds the rest, so the kill comes at a known point: the
 * answers stored, the others sent but unanswered. Those in-flight requests die with the gateway
 * (the proxy drops them), and the resumed job sends only the papers never stored.
 */
class RestartIT {

    private static final int PAPERS = 12;
    private static final int BEFORE_KILL = 5;

    /** Answers wait at most 100 ms for their write: all five are stored before the kill, none is asked again. */
    @Test
    void aJobKilledMidwayResumesAndSummarizesEachPaperOnce() throws IOException {
        Set<String> askedAgain = killAndResume("64", "100ms", BEFORE_KILL);
        assertEquals(Set.of(), askedAgain, "every answer stored before the kill was asked once");
    }

    /**
     * Write batches of four that never wait out their delay: the kill comes with one batch written
     * (four answers) and the next one holding the fifth answer, not yet written. That one paper, and
     * only it, is asked again: at most one write batch is lost to a kill -9.
     */
    @Test
    void aKillInTheMiddleOfABatchedWriteAsksAgainOnlyThatBatch() throws IOException {
        Set<String> askedAgain = killAndResume("4", "10m", 4);
        assertEquals(BEFORE_KILL - 4, askedAgain.size(), "the answer of the unwritten batch, asked again: " + askedAgain);
    }

    /**
     * Runs the job to the kill with these write settings, checks that {@code storedAtKill} papers were
     * done, resumes it, checks the outcome; returns the papers answered before the kill and asked again.
     */
    private Set<String> killAndResume(String writeBatch, String writeDelay, int storedAtKill) throws IOException {
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
            env.put("STORE_WRITE_BATCH", writeBatch);
            env.put("STORE_WRITE_DELAY", writeDelay);
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
                api.awaitJob(jobId, j -> number(j, "done") == storedAtKill && proxy.answersDelivered() == BEFORE_KILL,
                        Duration.ofMinutes(2));
                ServiceProcess.sleep(500);
                Map<String, Object> atKill = api.job(jobId);
                assertEquals("RUNNING", atKill.get("state"));
                assertEquals(storedAtKill, number(atKill, "done"), "held: nothing more was answered or stored");
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
                assertEquals(PAPERS, number(job, "summarized"), "answers stored: each paper once");
                assertEquals(0, number(job, "cached"));
                assertEquals(0, number(job, "failed"));

                Map<String, Integer> answered = proxy.deliveredPerPaper();
                Map<String, Integer> sent = proxy.sentPerPaper();
                assertEquals(PAPERS, answered.size(), answered.toString());
                assertEquals(Set.copyOf(answered.keySet()), Set.copyOf(sent.keySet()));
                Set<String> askedAgain = new TreeSet<>();
                for (String id : answeredBeforeKill.keySet()) {
                    if (sent.get(id) > 1) {
                        askedAgain.add(id);
                    }
                }
                answered.forEach((id, n) -> assertEquals(askedAgain.contains(id) ? 2 : 1, n,
                        id + " was summarized " + n + " times: " + answered + ", asked again: " + askedAgain));
                assertTrue(askedAgain.size() <= Integer.parseInt(writeBatch), "more than one write batch asked again: " + askedAgain);
                System.out.printf("RestartIT: write batch %s, delay %s: %d stored at the kill, %d answered but unwritten and asked again %s%n",
                        writeBatch, writeDelay, storedAtKill, askedAgain.size(), askedAgain);

                byte[] repaired = api.get("/digests/restart.md").body();
                ByteIdentity.assertOnlyRepairedFieldsChanged(services.parser.url(), Digests.chineseSeed(), repaired, "text/markdown");
                assertTrue(second.process().isAlive());
                return askedAgain;
            }
        }
    }
}
