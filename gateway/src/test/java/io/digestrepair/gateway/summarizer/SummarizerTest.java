package io.digestrepair.gateway.summarizer;

import io.digestrepair.gateway.remote.ServiceUnavailableException;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The facade over the declarative client: what it makes of the info endpoint, and when it asks again. */
class SummarizerTest {

    private final AtomicInteger infoCalls = new AtomicInteger();
    private volatile SummarizerInfo info = new SummarizerInfo("openai", "model-a", "repair-v1", "model-small");
    private volatile RuntimeException infoFailure;

    private final SummarizerClient client = new SummarizerClient() {
        @Override
        public SummarizerInfo info() {
            infoCalls.incrementAndGet();
            if (infoFailure != null) {
                throw infoFailure;
            }
            return info;
        }

        @Override
        public Publisher<ByteBuffer<?>> batch(String batchId, List<io.digestrepair.core.wire.SummaryRequest> papers) {
            return Flux.error(new HttpClientException("Connect Error: Connection refused"));
        }

        @Override
        public io.micronaut.http.HttpResponse<?> cancel(String id) {
            throw new IllegalStateException("nothing to cancel: no batch ran");
        }
    };
    private final Summarizer summarizer = new Summarizer(client, JsonMapper.createDefault(), Duration.ofMinutes(1));

    @Test
    void theInfoIsKeptUntilTheSummarizerFails() {
        assertEquals(info, summarizer.info());
        assertEquals(info, summarizer.info());
        assertEquals(1, infoCalls.get());

        assertThrows(ServiceUnavailableException.class, () -> summarizer.batch(List.of(), a -> { }));
        info = new SummarizerInfo("openai", "model-b", "repair-v1");
        assertEquals("model-b", summarizer.info().model(), "a failed batch drops it: the summarizer may be restarting");
        assertEquals(2, infoCalls.get());
    }

    @Test
    void aSummarizerWithoutTheEndpointIsUnknownAndOneThatIsDownIsWaitedFor() {
        infoFailure = new HttpClientResponseException("Not Found", HttpResponse.notFound());
        assertEquals(SummarizerInfo.unknown(), summarizer.freshInfo());
        infoFailure = new HttpClientResponseException("Service Unavailable", HttpResponse.status(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE));
        assertThrows(ServiceUnavailableException.class, summarizer::freshInfo);
    }
}
