package io.digestrepair.gateway.it;

import io.digestrepair.core.SharedData;
import io.digestrepair.gateway.fuzz.DigestMutator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mutated real digests (windows of ../shared/corpus, seeded mutations: byte flips, truncation,
 * inserted and removed {@code <details>}, duplicated headers, CRLF/CR mixes, long lines, invalid
 * UTF-8, BOM, UTF-16, NULs) sent to the parser and stored through the gateway: no answer may be a
 * 5xx or take longer than 10 s, and every service is healthy afterwards. {@code -Dfuzz.seed=N}
 * repeats a run, {@code -Dfuzz.count=N} makes it longer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    private static final int COUNT = Integer.getInteger("fuzz.count", 1000);
    private static final Duration SLOWEST = Duration.ofSeconds(10);
    private static final int WINDOW = 24 * 1024;
    private static final String[] TYPES = {"text/markdown", "application/x-ndjson", null};

    private Services services;
    private EmbeddedGateway gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void start() {
        services = Services.shared();
        gateway = EmbeddedGateway.start(services.parser.url(), services.summarizer.url(), Map.of(), Map.of());
    }

    @AfterAll
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void mutatedRealDigestsGetNo5xxAndNoSlowAnswer() throws Exception {
        List<byte[]> sources = sources();
        DigestMutator mutator = new DigestMutator(SEED);
        List<DigestMutator.Case> cases = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            cases.add(mutator.next(i, sources.get(i % sources.size()), WINDOW));
        }

        AtomicInteger requests = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (DigestMutator.Case c : cases) {
                done.add(pool.submit(() -> {
                    String type = TYPES[c.number() % TYPES.length];
                    String name = "fuzz-" + (c.number() % 40);
                    List<Call> calls = new ArrayList<>(List.of(
                            new Call("POST", services.parser.url() + "/parse", type, c.body()),
                            new Call("PUT", gateway.url() + "/api/digests/" + name + "?repair=false", type, c.body())));
                    if (c.number() % 10 == 0) {
                        calls.add(new Call("GET", gateway.url() + "/digests/" + name, null, null));
                        calls.add(new Call("GET", gateway.url() + "/api/digests/" + name, null, null));
                    }
                    for (Call call : calls) {
                        long t0 = System.nanoTime();
                        int status = send(call);
                        long millis = (System.nanoTime() - t0) / 1_000_000;
                        requests.incrementAndGet();
                        slowest.accumulateAndGet(millis, Math::max);
                        if (status >= 500 || status < 0 || millis > SLOWEST.toMillis()) {
                            failures.add("case " + c.number() + " " + c.mutations() + " " + call.method() + " " + call.url()
                                    + " (" + type + "): " + (status < 0 ? "no answer" : status) + " in " + millis + " ms");
                        } else if (status < 300) {
                            ok.incrementAndGet();
                        } else {
                            refused.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("fuzz: seed %d, %d mutated digests, %d requests in %.1f s: %d answered 2xx, %d 4xx, %d failures (5xx or > 10 s); slowest %d ms%n",
                SEED, cases.size(), requests.get(), seconds, ok.get(), refused.get(), failures.size(), slowest.get());
        failures.stream().limit(20).forEach(f -> System.out.println("  " + f));
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.peek());
        assertTrue(cases.size() >= 1000 || COUNT < 1000, "at least 1,000 cases");
        for (String health : List.of(services.parser.url(), services.summarizer.url(), gateway.url())) {
            assertEquals(200, send(new Call("GET", health + "/health", null, null)), health + " is healthy after");
        }
    }

    private record Call(String method, String url, String type, byte[] body) {
    }

    /** The status, or -1 when no answer came within the limit. */
    private int send(Call call) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(call.url())).timeout(SLOWEST.plusSeconds(1))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        if (call.type() != null) {
            b.header("Content-Type", call.type());
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** A spread of the corpus: Markdown, JSON Lines and early JSON Lines days. */
    private static List<byte[]> sources() throws IOException {
        List<byte[]> out = new ArrayList<>();
        out.addAll(every(SharedData.require(SharedData.markdownDigests()), 12));
        out.addAll(every(SharedData.require(SharedData.jsonLinesDigests()), 6));
        out.addAll(every(SharedData.require(SharedData.earlyJsonLinesDigests()), 3));
        assertTrue(out.size() >= 10, "the corpus has digests");
        return out;
    }

    private static List<byte[]> every(Path dir, int wanted) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<byte[]> out = new ArrayList<>();
        int step = Math.max(1, files.size() / wanted);
        for (int i = 0; i < files.size() && out.size() < wanted; i += step) {
            out.add(Files.readAllBytes(files.get(i)));
        }
        return out;
    }
}
