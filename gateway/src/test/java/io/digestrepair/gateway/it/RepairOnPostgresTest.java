package io.digestrepair.gateway.it;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.digestrepair.gateway.it.Api.number;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The repair scenarios on PostgreSQL (a real server; see {@link Databases}), and two replicas sharing it. */
class RepairOnPostgresTest extends RepairScenarios {

    @Override
    Map<String, Object> store() {
        return Databases.newPostgresSchema();
    }

    @Test
    void twoReplicasShareJobsAndCacheAndServeTheSameBytes() {
        proxy.resetCounts();
        try (EmbeddedGateway second = EmbeddedGateway.start(services.parser.url(), proxy.url(), store, Map.of("gateway.jobs.batch-size", 3))) {
            Api other = second.api();
            List<String> jobs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Api to = i % 2 == 0 ? api : other;
                Api.Reply r = to.put("/api/digests/replica-" + i, Samples.chineseJsonl("replica-" + i, 3), JSONL);
                assertEquals(201, r.status(), r.toString());
                jobs.add((String) r.json().get("jobId"));
            }
            for (String id : jobs) {
                Map<String, Object> job = other.awaitEnd(id);
                assertEquals("DONE", job.get("state"), job.toString());
                assertEquals(3, number(job, "summarized"));
            }
            // twelve papers, each sent once, whichever replica ran its job
            assertEquals(12, proxy.papersSent());
            assertEquals(12, proxy.answersDelivered());

            ServiceProcess.sleep(1200);
            for (int i = 0; i < 4; i++) {
                assertArrayEquals(api.get("/digests/replica-" + i + ".jsonl").body(), other.get("/digests/replica-" + i + ".jsonl").body());
            }
            // the cache is one table: a repair through the other replica costs no summarizer call
            Api.Reply again = other.post("/api/digests/replica-0/repair", null);
            Map<String, Object> cached = api.awaitEnd((String) again.json().get("jobId"));
            assertEquals(3, number(cached, "cached"));
            assertEquals(0, number(cached, "summarized"));
        }
    }
}
