package io.digestrepair.gateway.store;

import com.zaxxer.hikari.HikariDataSource;
import io.digestrepair.core.wire.Provenance;
import io.digestrepair.gateway.it.Databases;
import io.digestrepair.gateway.repair.RepairedPaper;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two jobs answering the same papers at once (a day's Markdown and its JSON Lines) both store their
 * answers: on PostgreSQL an update-then-insert let both insert the same key and one job failed with
 * a unique violation.
 */
class RepairedPaperUpsertTest {

    private static final int WRITERS = 4;
    private static final int ROUNDS = 30;

    @Test
    void concurrentWritersOfTheSameKeysAllSucceedOnPostgres() throws Exception {
        Map<String, Object> store = Databases.newPostgresSchema();
        try {
            StoreProperties properties = new StoreProperties((String) store.get("gateway.store.url"),
                    (String) store.get("gateway.store.username"), (String) store.get("gateway.store.password"),
                    (String) store.get("gateway.store.schema"), "unused", 8);
            race(properties);
        } finally {
            Databases.dropSchema(store);
        }
    }

    @Test
    void concurrentWritersOfTheSameKeysAllSucceedOnH2(@TempDir Path dir) throws Exception {
        race(new StoreProperties(null, null, null, null, dir.resolve("gateway").toString(), 8));
    }

    private static void race(StoreProperties properties) throws Exception {
        try (HikariDataSource dataSource = new StoreFactory().dataSource(properties)) {
            RepairedPaperRepository repository = new RepairedPaperRepository(new Jdbc(dataSource), JsonMapper.createDefault());
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    CyclicBarrier start = new CyclicBarrier(WRITERS);
                    List<Future<Void>> writes = new ArrayList<>();
                    for (int w = 0; w < WRITERS; w++) {
                        List<RepairedPaper> batch = w % 2 == 0 ? List.of(paper(round, "a", w), paper(round, "b", w))
                                : List.of(paper(round, "b", w));
                        Callable<Void> write = () -> {
                            start.await();
                            repository.saveAll(batch);
                            return null;
                        };
                        writes.add(pool.submit(write));
                    }
                    for (Future<Void> f : writes) {
                        f.get(); // a unique violation surfaces here
                    }
                    assertEquals(2, repository.findAll(List.of(key(round, "a"), key(round, "b"))).size());
                }
            } finally {
                pool.shutdownNow();
            }
            RepairedPaper last = repository.find(key(0, "b")).orElseThrow();
            assertTrue(last.fields().get("tldr").startsWith("Written by writer "), last.fields().toString());
        }
    }

    private static String key(int round, String paper) {
        return "k-" + round + "-" + paper;
    }

    private static RepairedPaper paper(int round, String paper, int writer) {
        return new RepairedPaper(key(round, paper), "c-" + round + "-" + paper, new SummarizerInfo("offline", "m", "p"),
                Map.of("tldr", "Written by writer " + writer + "."),
                Map.<String, Provenance>of(), Instant.parse("2026-12-01T00:00:00Z").plusSeconds(writer));
    }
}
