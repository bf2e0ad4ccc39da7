package io.digestrepair.summarizer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local endpoint that answers LLM calls from a script and records every request exactly as it
 * arrived, for tests of what each engine sends and of how the chain reacts to each kind of answer.
 */
public final class ScriptedLlmServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted answer; {@code content} is the model's text (ignored for a non-200 status). */
    public record Reply(int status, String content, Map<String, String> headers, long delayMs) {
        public static Reply ok(String content) {
            return new Reply(200, content, Map.of(), 0);
        }

        public static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, null, headers, 0);
        }

        public static Reply slow(String content, long delayMs) {
            return new Reply(200, content, Map.of(), delayMs);
        }
    }

    /** A request as received. */
    public record Received(String path, Map<String, List<String>> headers, JsonNode body) {
        /** The text of the last message with this role. */
        public String lastMessage(String role) {
            String text = null;
            for (JsonNode m : body.path("messages")) {
                if (role.equals(m.path("role").asText())) {
                    text = m.path("content").asText();
                }
            }
            return text;
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new ArrayList<>();
    private volatile Function<Received, Reply> fallback = r -> Reply.status(500, Map.of());
    private final boolean ollama;

    private ScriptedLlmServer(boolean ollama) throws IOException {
        this.ollama = ollama;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            byte[] in = exchange.getRequestBody().readAllBytes();
            Received r = new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    JSON.readTree(in));
            synchronized (received) {
                received.add(r);
            }
            Reply reply = script.pollFirst();
            if (reply == null) {
                reply = fallback.apply(r);
            }
            try {
                if (reply.delayMs() > 0) {
                    Thread.sleep(reply.delayMs());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] out = (reply.status() == 200 ? body(reply.content()) : "{\"error\":{\"message\":\"scripted\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(reply.status(), out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            } catch (IOException clientGone) {
                // the caller cancelled or timed out
            }
        });
        server.start();
    }

    public static ScriptedLlmServer openAi() throws IOException {
        return new ScriptedLlmServer(false);
    }

    public static ScriptedLlmServer ollama() throws IOException {
        return new ScriptedLlmServer(true);
    }

    /** The base URL as a user would configure it ({@code .../v1} for OpenAI-compatible servers). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + (ollama ? "" : "/v1");
    }

    public ScriptedLlmServer then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** How requests are answered once the script is used up. */
    public ScriptedLlmServer otherwise(Function<Received, Reply> answer) {
        this.fallback = answer;
        return this;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private String body(String content) {
        var root = JSON.createObjectNode();
        if (ollama) {
            root.put("model", "scripted");
            root.put("created_at", "2026-06-09T00:00:00Z");
            root.putObject("message").put("role", "assistant").put("content", content);
            root.put("done", true);
            root.put("done_reason", "stop");
            root.put("prompt_eval_count", 100);
            root.put("eval_count", 40);
        } else {
            root.put("id", "chatcmpl-1");
            root.put("object", "chat.completion");
            root.put("created", 1);
            root.put("model", "scripted");
            var choice = root.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", content);
            choice.put("finish_reason", "stop");
            root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 40).put("total_tokens", 140);
        }
        return root.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
