package io.digestrepair.gateway.summarizer;

import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.gateway.remote.TransientFailure;
import io.digestrepair.support.Problem;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.http.MediaType;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.retry.annotation.Retryable;
import org.reactivestreams.Publisher;

import java.util.List;

/**
 * summarizer-service (SUMMARIZER_URL). Its errors are problem+json: a streamed call decodes an
 * error body only as the declared error type, so it is declared, or the reason would be lost.
 */
@Client(id = "summarizer", errorType = Problem.class)
public interface SummarizerClient {

    /** Engine, model and prompt version the summarizer answers with; null when it does not say (404). */
    @Get(value = "/summaries/info", consumes = MediaType.APPLICATION_JSON)
    @Retryable(attempts = "3", delay = "500ms", predicate = TransientFailure.class)
    SummarizerInfo info();

    /**
     * Many papers in one request; the answers stream back as NDJSON in completion order, so each
     * is stored as soon as it arrives. Not retried here: the job knows which papers are still owed.
     */
    @Post(value = "/summaries/batch", produces = MediaType.APPLICATION_JSON, consumes = "application/x-ndjson")
    Publisher<ByteBuffer<?>> batch(@Header("X-Batch-Id") String batchId, @Body List<SummaryRequest> papers);

    /** Cancels a batch in flight: its papers not yet called are dropped, the calls in flight abandoned. */
    @Delete("/summaries/batch/{id}")
    HttpResponse<?> cancel(@PathVariable String id);
}
