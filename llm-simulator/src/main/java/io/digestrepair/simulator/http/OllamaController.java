package io.digestrepair.simulator.http;

import io.digestrepair.simulator.Reply;
import io.digestrepair.simulator.Simulator;
import io.digestrepair.simulator.chat.InvalidRequestException;
import io.digestrepair.simulator.profile.Profile;
import io.digestrepair.simulator.wire.ChatCompletion;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ollama's native chat endpoint, served in {@code SIM_PROFILE=ollama} only. The answer and the errors have
 * Ollama's shape (https://github.com/ollama/ollama/blob/main/docs/api.md#generate-a-chat-completion):
 * {@code message.content}, {@code done_reason}, {@code prompt_eval_count}/{@code eval_count}, and errors as
 * {@code {"error": "..."}}, e.g. 404 {@code model 'x' not found, try pulling it first} (ollama/ollama-python#149).
 */
@Controller("/api")
public class OllamaController {

    private final Simulator simulator;
    private final ScheduledExecutorService timer;

    public OllamaController(Simulator simulator, @Named("reply-timer") ScheduledExecutorService timer) {
        this.simulator = simulator;
        this.timer = timer;
    }

    @Post(uri = "/chat", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public CompletableFuture<HttpResponse<?>> chat(@Nullable @Body String body) {
        if (simulator.settings().profile() != Profile.OLLAMA) {
            return CompletableFuture.completedFuture(HttpResponse.notFound(
                    Map.of("error", "/api/chat is Ollama's native API: start the simulator with SIM_PROFILE=ollama")));
        }
        Reply reply;
        try {
            reply = simulator.replyNative(body);
        } catch (InvalidRequestException e) {
            return CompletableFuture.completedFuture(HttpResponse.badRequest(Map.of("error", e.getMessage())));
        }
        CompletableFuture<HttpResponse<?>> response = new CompletableFuture<>();
        response.whenComplete((r, error) -> simulator.answered());
        if (reply.delayMs() <= 0) {
            response.complete(toHttp(reply));
        } else {
            var pending = timer.schedule(() -> response.complete(toHttp(reply)), reply.delayMs(), TimeUnit.MILLISECONDS);
            response.whenComplete((r, error) -> pending.cancel(false));
        }
        return response;
    }

    private static HttpResponse<?> toHttp(Reply reply) {
        return switch (reply) {
            case Reply.Completion c -> HttpResponse.ok(nativeBody(c.body())).contentType(MediaType.APPLICATION_JSON_TYPE);
            case Reply.Failure f -> HttpResponse.status(HttpStatus.valueOf(f.status()))
                    .body(Map.of("error", nativeMessage(f)))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        };
    }

    /** Ollama's native 404 quotes the model name with single quotes, its /v1 with double ones. */
    private static String nativeMessage(Reply.Failure f) {
        String m = f.body().error().message();
        return f.status() == 404 ? m.replace('"', '\'') : m;
    }

    private static Map<String, Object> nativeBody(ChatCompletion c) {
        ChatCompletion.Choice choice = c.choices().getFirst();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", c.model());
        m.put("created_at", Instant.ofEpochSecond(c.created()).toString());
        m.put("message", Map.of("role", "assistant", "content", choice.message().content()));
        m.put("done_reason", choice.finishReason());
        m.put("done", true);
        m.put("total_duration", 0L);
        m.put("prompt_eval_count", c.usage().promptTokens());
        m.put("eval_count", c.usage().completionTokens());
        return m;
    }
}
