package io.digestrepair.summarizer.web;

import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.core.wire.SummaryResponse;
import io.digestrepair.summarizer.ChatModelFactory;
import io.digestrepair.summarizer.repair.BatchRunner;
import io.digestrepair.summarizer.repair.EngineInfo;
import io.digestrepair.summarizer.repair.RepairPlanner;
import io.digestrepair.support.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.json.JsonMapper;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Controller("/summaries")
public class SummaryController {

    public static final String NDJSON = "application/x-ndjson";
    /** Names a batch so that its client can cancel it ({@code DELETE /summaries/batch/{id}}). */
    public static final String BATCH_ID = "X-Batch-Id";

    private final Map<String, Sinks.Empty<Void>> running = new ConcurrentHashMap<>();

    private final RepairPlanner planner;
    private final BatchRunner runner;
    private final JsonMapper json;
    private final BatchReader batchReader;
    private final EngineInfo info;

    private final ChatModelFactory.LlmStages stages;

    public SummaryController(RepairPlanner planner, BatchRunner runner, JsonMapper json, EngineInfo info,
                             ChatModelFactory.LlmStages stages) {
        this.stages = stages;
        this.planner = planner;
        this.runner = runner;
        this.json = json;
        this.batchReader = new BatchReader(json, planner);
        this.info = info;
    }

    /**
     * The configured engine, model and prompt version (what a caching client keys its repairs by), and beside
     * them whether the LLM can be called now and what each endpoint was found to take.
     */
    @Get(value = "/info", produces = MediaType.APPLICATION_JSON)
    public EngineInfo info() {
        return info.now(stages.state(), stages.negotiated());
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public Mono<SummaryResponse> summarize(@Body SummaryRequest request) {
        return runner.run(List.of(planner.plan(request))).next();
    }

    /**
     * Netty tells the server that a client went away only when the next answer is written, which for
     * a batch can be many LLM calls later; watching the connection cancels the outstanding calls at once.
     */
    private static <T> Flux<T> untilClientLeaves(HttpRequest<?> request, Flux<T> answers) {
        if (request instanceof NettyHttpRequest<?> netty) {
            var channel = netty.getChannelHandlerContext().channel();
            Mono<Void> closed = Mono.create(sink -> channel.closeFuture().addListener(f -> sink.success()));
            return answers.takeUntilOther(closed);
        }
        return answers;
    }

    @Post(value = "/batch", consumes = {NDJSON, MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN,
            "application/x-json-stream", "application/jsonl"}, produces = NDJSON)
    public Publisher<byte[]> batch(HttpRequest<?> request, @Body String body, @Nullable @Header(BATCH_ID) String batchId) {
        boolean ndjson = request.getContentType().map(t -> !t.getSubtype().equals("json")).orElse(true);
        // read and checked here, before the stream starts, so that a bad line is a 4xx problem, not a broken stream
        var plans = batchReader.read(body, ndjson);
        Flux<SummaryResponse> answers = untilClientLeaves(request, runner.run(plans));
        if (batchId != null && !batchId.isBlank() && batchId.length() <= 100) {
            Sinks.Empty<Void> cancel = Sinks.empty();
            if (running.putIfAbsent(batchId, cancel) == null) {
                answers = answers.takeUntilOther(cancel.asMono()).doFinally(s -> running.remove(batchId, cancel));
            }
        }
        return answers.map(this::line);
    }

    /**
     * Cancels a batch named by its {@code X-Batch-Id}: its papers not yet called are dropped and the
     * calls in flight abandoned. A client's HTTP library may keep reading an abandoned response to
     * reuse the connection (Micronaut's does), so the connection closing is not a signal to rely on.
     */
    @Delete(value = "/batch/{id}")
    public HttpResponse<?> cancel(@PathVariable String id) {
        Sinks.Empty<Void> cancel = running.remove(id);
        if (cancel == null) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "no batch " + id + " is running", null, "id");
        }
        cancel.tryEmitEmpty();
        return HttpResponse.noContent();
    }

    private byte[] line(SummaryResponse answer) {
        try {
            byte[] jsonBytes = json.writeValueAsBytes(answer);
            byte[] out = new byte[jsonBytes.length + 1];
            System.arraycopy(jsonBytes, 0, out, 0, jsonBytes.length);
            out[jsonBytes.length] = '\n';
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
