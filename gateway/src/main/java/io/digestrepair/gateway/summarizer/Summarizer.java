package io.digestrepair.gateway.summarizer;

import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.core.wire.SummaryResponse;
import io.digestrepair.gateway.remote.RemoteProblem;
import io.digestrepair.gateway.remote.RemoteRejectedException;
import io.digestrepair.gateway.remote.ServiceUnavailableException;
import io.digestrepair.gateway.remote.TransientFailure;
import io.micronaut.core.type.Argument;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * summarizer-service as a repair job uses it. Blocking: call it from a job's own thread.
 * Failures are {@link ServiceUnavailableException} (unreachable, overloaded: wait and retry)
 * or {@link RemoteRejectedException} (it refused or broke on the request).
 */
public class Summarizer {

    public static final String SERVICE = "summarizer-service";
    private static final Logger LOG = LoggerFactory.getLogger(Summarizer.class);

    private final SummarizerClient client;
    private final JsonMapper json;
    private final InfoCache info;

    /** @param infoTtl how long the summarizer's configuration is trusted without asking again */
    public Summarizer(SummarizerClient client, JsonMapper json, Duration infoTtl) {
        this.client = client;
        this.json = json;
        this.info = new InfoCache(this::fetchInfo, infoTtl, Instant::now);
    }

    /**
     * What the summarizer runs, as learnt at most {@code infoTtl} ago and not since doubted;
     * {@link SummarizerInfo#unknown()} when it does not say.
     */
    public SummarizerInfo info() {
        return info.get();
    }

    /** What the summarizer runs now: asked again, whatever is kept. */
    public SummarizerInfo freshInfo() {
        return info.fresh();
    }

    private SummarizerInfo fetchInfo() {
        try {
            SummarizerInfo answer = client.info();
            return answer == null ? SummarizerInfo.unknown() : answer;
        } catch (HttpClientResponseException e) {
            if (TransientFailure.isTransient(e) || e.code() >= 500) {
                throw new ServiceUnavailableException(SERVICE, e);
            }
            // a summarizer without the endpoint: keys are made without its configuration
            return SummarizerInfo.unknown();
        } catch (RuntimeException e) {
            if (TransientFailure.isTransient(e)) {
                throw new ServiceUnavailableException(SERVICE, e);
            }
            throw e;
        }
    }

    /**
     * Sends papers in one batch and hands over each answer as it arrives. Returns when the
     * summarizer has finished answering; papers it did not answer are the caller's to send again.
     */
    public void batch(List<SummaryRequest> papers, Consumer<SummaryResponse> onAnswer) {
        try {
            send(papers, onAnswer);
        } catch (RuntimeException e) {
            // unreachable or broken: it may be restarting, and may come back configured otherwise
            info.forget();
            throw e;
        }
    }

    private void send(List<SummaryRequest> papers, Consumer<SummaryResponse> onAnswer) {
        NdjsonLines lines = new NdjsonLines(
                line -> decode(line, Argument.of(SummaryResponse.class)).forEach(onAnswer),
                array -> decode(array, Argument.listOf(SummaryResponse.class)).forEach(onAnswer));
        String batchId = UUID.randomUUID().toString();
        boolean ended = false;
        try {
            try (BodyChunks chunks = new BodyChunks(client.batch(batchId, papers))) {
                for (byte[] chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                    lines.feed(chunk);
                }
            }
            lines.finish();
            ended = true;
        } catch (HttpClientResponseException e) {
            ended = true; // the summarizer answered: nothing of this batch runs there
            if (TransientFailure.isTransient(e)) {
                throw new ServiceUnavailableException(SERVICE, e);
            }
            throw new RemoteRejectedException(SERVICE, RemoteProblem.of(e, json), e);
        } catch (RuntimeException e) {
            if (TransientFailure.isTransient(e)) {
                ended = true;
                throw new ServiceUnavailableException(SERVICE, e);
            }
            throw e;
        } finally {
            if (!ended) {
                abandon(batchId);
            }
        }
    }

    /**
     * The caller stopped reading (its job was cancelled, the run interrupted): the summarizer is told
     * to drop the batch, since the client only stops reading and keeps the connection to reuse it.
     * Sent from a thread of its own, as the caller's may be interrupted; a failure changes nothing.
     */
    private void abandon(String batchId) {
        Thread.ofVirtual().name("batch-cancel").start(() -> {
            try {
                client.cancel(batchId);
                LOG.info("batch {} abandoned: the summarizer drops its calls", batchId);
            } catch (RuntimeException e) {
                LOG.debug("batch {} could not be cancelled: {}", batchId, e.getMessage());
            }
        });
    }

    private <T> List<SummaryResponse> decode(byte[] text, Argument<T> type) {
        try {
            T value = json.readValue(text, type);
            if (value instanceof SummaryResponse r) {
                return List.of(r);
            }
            @SuppressWarnings("unchecked")
            List<SummaryResponse> list = (List<SummaryResponse>) value;
            return list == null ? List.of() : list;
        } catch (IOException | RuntimeException e) {
            // one unreadable answer leaves its paper unanswered, to be sent again
            LOG.warn("unreadable answer from {}: {}", SERVICE, e.getMessage());
            return List.of();
        }
    }
}
