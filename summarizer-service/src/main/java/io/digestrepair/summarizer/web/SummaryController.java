package io.digestrepair.summarizer.web;

import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.core.wire.SummaryResponse;
import io.digestrepair.summarizer.ChatModelFactory;
import io.digestrepair.summarizer.repair.BatchRunner;
import io.digestrepair.summarizer.repair.EngineInfo;
import io.digestrepair.summarizer.repair.RepairPlanner;
import io.micronaut.http.HttpRequest;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

@Controller("/summaries")
public class SummaryController {

    public static final String NDJSON = "application/x-ndjson";

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
    public Publisher<byte[]> batch(HttpRequest<?> request, @Body String body) {
        boolean ndjson = request.getContentType().map(t -> !t.getSubtype().equals("json")).orElse(true);
        // read and checked here, before the stream starts, so that a bad line is a 4xx problem, not a broken stream
        var plans = batchReader.read(body, ndjson);
        return untilClientLeaves(request, runner.run(plans)).map(this::line);
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
