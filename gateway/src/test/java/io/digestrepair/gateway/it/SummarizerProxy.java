package io.digestrepair.gateway.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sits between the gateway and summarizer-service: counts every paper sent and every answer
 * delivered, and can hold answers back (to stop a job at a known point), play an unreachable
 * summarizer, or switch to another summarizer.
 */
public final class SummarizerProxy implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String target;
    private volatile boolean unavailable;
    private final Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
    private final AtomicInteger batches = new AtomicInteger();
    private final Object gate = new Object();
    private int limit = Integer.MAX_VALUE;
    private int reserved;
    private int epoch;
    private int abandonedBelow;

    public SummarizerProxy(String target) {
        this.target = target;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void target(String url) {
        this.target = url;
    }

    /** Answers 503 to everything, as a summarizer that is down or restarting would. */
    public void unavailable(boolean down) {
        this.unavailable = down;
    }

    /** Lets this many answers through in total, then holds the rest until {@link #release()}. */
    public void holdAfter(int answers) {
        synchronized (gate) {
            limit = answers;
            gate.notifyAll();
        }
    }

    public void release() {
        holdAfter(Integer.MAX_VALUE);
    }

    /** Requests received so far will never deliver another answer (their client is gone). */
    public void abandonEarlierRequests() {
        synchronized (gate) {
            abandonedBelow = epoch + 1;
            epoch++;
            gate.notifyAll();
        }
    }

    public int batches() {
        return batches.get();
    }

    public int papersSent() {
        return sent.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public int answersDelivered() {
        return delivered.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Answers delivered per paper request id. */
    public Map<String, Integer> deliveredPerPaper() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        delivered.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    public Map<String, Integer> sentPerPaper() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        sent.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    public void resetCounts() {
        sent.clear();
        delivered.clear();
        batches.set(0);
        synchronized (gate) {
            reserved = 0;
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        int myEpoch;
        synchronized (gate) {
            myEpoch = epoch;
        }
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            if (unavailable) {
                reply(ex, 503, "{\"status\":503,\"title\":\"Service Unavailable\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getRawPath();
            boolean batch = path.equals("/summaries/batch");
            if (batch) {
                batches.incrementAndGet();
                Matcher m = ID.matcher(new String(body, StandardCharsets.UTF_8));
                while (m.find()) {
                    sent.computeIfAbsent(m.group(1), k -> new AtomicInteger()).incrementAndGet();
                }
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(target + ex.getRequestURI()))
                    .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            if (type != null) {
                forward.header("Content-Type", type);
            }
            HttpResponse<InputStream> answer;
            try {
                answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException | InterruptedException e) {
                reply(ex, 502, ("{\"status\":502,\"detail\":\"" + e + "\"}").getBytes(StandardCharsets.UTF_8));
                return;
            }
            answer.headers().firstValue("Content-Type").ifPresent(t -> ex.getResponseHeaders().add("Content-Type", t));
            if (!batch || answer.statusCode() != 200) {
                byte[] bytes;
                try (InputStream in = answer.body()) {
                    bytes = in.readAllBytes();
                }
                reply(ex, answer.statusCode(), bytes);
                return;
            }
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            try (var lines = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    if (!mayDeliver(myEpoch)) {
                        return;
                    }
                    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Matcher m = ID.matcher(line);
                    if (m.find()) {
                        delivered.computeIfAbsent(m.group(1), k -> new AtomicInteger()).incrementAndGet();
                    }
                }
            }
        }
    }

    private boolean mayDeliver(int myEpoch) {
        synchronized (gate) {
            while (true) {
                if (myEpoch < abandonedBelow) {
                    return false;
                }
                if (reserved < limit) {
                    reserved++;
                    return true;
                }
                try {
                    gate.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    private static void reply(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
