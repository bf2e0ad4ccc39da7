package io.digestrepair.simulator.http;

import io.digestrepair.simulator.Reply;
import io.digestrepair.simulator.Simulator;
import io.digestrepair.simulator.chat.InvalidRequestException;
import io.digestrepair.simulator.wire.ModelList;
import io.digestrepair.support.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import jakarta.inject.Named;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The OpenAI-compatible endpoints. */
@Controller("/v1")
public class ChatController {

    private final Simulator simulator;
    private final ScheduledExecutorService timer;

    public ChatController(Simulator simulator, @Named("reply-timer") ScheduledExecutorService timer) {
        this.simulator = simulator;
        this.timer = timer;
    }

    /**
     * The body is read as text and parsed by the simulator, so that a broken request gets a 400 saying what is
     * wrong with it rather than a binding error. The reply is completed later by the timer: the event loop is
     * never held, however many requests wait.
     */
    @Post(uri = "/chat/completions", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public CompletableFuture<HttpResponse<?>> complete(@Nullable @Body String body) {
        Reply reply;
        try {
            reply = simulator.reply(body);
        } catch (InvalidRequestException e) {
            throw ProblemException.badRequest(e.getMessage(), null, e.field());
        }
        CompletableFuture<HttpResponse<?>> response = new CompletableFuture<>();
        response.whenComplete((r, error) -> simulator.answered());
        if (reply.delayMs() <= 0) {
            response.complete(toHttp(reply));
        } else {
            ScheduledFuture<?> pending = timer.schedule(() -> response.complete(toHttp(reply)), reply.delayMs(),
                    TimeUnit.MILLISECONDS);
            response.whenComplete((r, error) -> pending.cancel(false));
        }
        return response;
    }

    @Get(uri = "/models", produces = MediaType.APPLICATION_JSON)
    public ModelList models() {
        return simulator.models();
    }

    private static HttpResponse<?> toHttp(Reply reply) {
        return switch (reply) {
            case Reply.Completion c -> HttpResponse.ok(c.body()).contentType(MediaType.APPLICATION_JSON_TYPE);
            case Reply.Failure f -> {
                var response = HttpResponse.status(HttpStatus.valueOf(f.status())).body(f.body())
                        .contentType(MediaType.APPLICATION_JSON_TYPE);
                if (f.retryAfterSeconds() != null) {
                    response.header(HttpHeaders.RETRY_AFTER, Integer.toString(f.retryAfterSeconds()));
                }
                yield response;
            }
        };
    }
}
