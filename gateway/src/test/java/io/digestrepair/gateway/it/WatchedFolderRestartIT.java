package io.digestrepair.gateway.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.digestrepair.gateway.it.Api.number;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged gateway watching DIGESTS_DIR is killed with SIGKILL while digest files are still
 * arriving (each written in two steps, as a slow copy does), and started again: every file is
 * ingested once and repaired by one job, and REPAIRED_DIR holds exactly one whole repaired copy per
 * file: no partial copy, no leftover temporary file.
 */
class WatchedFolderRestartIT {

    private static final int FILES = 10;
    private static final int PAPERS = 3;

    @Test
    void killedWhileFilesArriveEveryFileIsRepairedOnceAndNoPartialCopyIsLeft() throws Exception {
        Services services = Services.shared();
        Path dir = Files.createTempDirectory("gateway-watch-restart-");
        Path digests = Files.createDirectories(dir.resolve("digests"));
        Path repaired = dir.resolve("repaired");
        int port = ServiceProcess.freePort();
        Map<String, String> env = new HashMap<>();
        env.put("PARSER_URL", services.parser.url());
        env.put("SUMMARIZER_URL", services.summarizer.url());
        env.put("H2_FILE", dir.resolve("data/gateway").toString());
        env.put("DIGESTS_DIR", digests.toString());
        env.put("REPAIRED_DIR", repaired.toString());
        env.put("SUMMARY_BATCH_SIZE", "1");
        Path logs = Path.of("target", "it-logs");
        Api api = new Api("http://127.0.0.1:" + port);

        String tag = "watch-" + System.nanoTime();
        Map<String, byte[]> files = new HashMap<>();
        for (int i = 0; i < FILES; i++) {
            files.put("day-" + i + ".jsonl", Samples.chineseJsonl(tag + "-" + i, PAPERS));
        }
        List<String> names = new ArrayList<>(new TreeSet<>(files.keySet()));

        ServiceProcess first = ServiceProcess.start("gateway", port, env, logs);
        Thread writer = Thread.ofPlatform().start(() -> {
            for (String name : names) {
                writeSlowly(digests.resolve(name), files.get(name));
                ServiceProcess.sleep(350);
            }
        });
        int copiesAtKill;
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (copies(repaired).isEmpty() && System.nanoTime() < deadline) {
                ServiceProcess.sleep(50);
            }
            copiesAtKill = copies(repaired).size();
        } finally {
            first.kill();
        }
        assertTrue(writer.isAlive(), "files were still arriving at the kill");
        assertTrue(copiesAtKill < FILES, "the kill came before every copy was written");

        try (ServiceProcess second = ServiceProcess.start("gateway", port, env, logs)) {
            writer.join(Duration.ofMinutes(1));
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (copies(repaired).size() < FILES && System.nanoTime() < deadline) {
                ServiceProcess.sleep(200);
            }
            System.out.printf("watched folder: %d of %d copies written before the kill, %d after the restart%n",
                    copiesAtKill, FILES, copies(repaired).size());
            // exactly the digests' names: no partial copy under a temporary name
            try (Stream<Path> all = Files.list(repaired)) {
                assertEquals(Set.copyOf(names), Set.copyOf(all.map(p -> p.getFileName().toString()).toList()));
            }
            for (String name : names) {
                String digest = name.substring(0, name.length() - ".jsonl".length());
                Map<String, Object> detail = api.get("/api/digests/" + digest).json();
                assertEquals(1, number(detail, "revision"), name + " was ingested more than once: " + detail.get("revisions"));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> jobs = (List<Map<String, Object>>) detail.get("jobs");
                assertEquals(1, jobs.size(), name + " was repaired by more than one job: " + jobs);
                Map<String, Object> job = jobs.getFirst();
                assertEquals("DONE", job.get("state"), job.toString());
                assertEquals(PAPERS, number(job, "done"), job.toString());
                assertEquals(0, number(job, "failed"), job.toString());

                byte[] copy = Files.readAllBytes(repaired.resolve(name));
                Api.Reply served = api.get("/digests/" + name);
                assertEquals("repaired", served.header("X-Digest-Repair"));
                assertArrayEquals(served.body(), copy, name + "'s copy is the whole repaired digest");
                assertFalse(new String(copy, StandardCharsets.UTF_8).codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                        name + " still has Chinese");
            }
            assertTrue(second.process().isAlive());
        }
    }

    /** Half, a pause shorter than the settle time, the rest: a copy in progress. */
    private static void writeSlowly(Path file, byte[] bytes) {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            ServiceProcess.sleep(100);
            out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> copies(Path repaired) throws IOException {
        if (!Files.isDirectory(repaired)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(repaired)) {
            return all.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
