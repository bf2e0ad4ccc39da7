package io.digestrepair.gateway.summarizer;

import io.micronaut.core.io.buffer.ByteBuffer;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A streamed response body read on a blocking thread. Each chunk is copied the moment the client
 * hands it over: the client releases a chunk once its own queues have passed it on, so a chunk
 * held in a bounded-demand queue could be gone when read. Demand here is unbounded and the
 * copies are queued instead.
 */
final class BodyChunks implements AutoCloseable {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Disposable subscription;
    private boolean ended;

    BodyChunks(Publisher<ByteBuffer<?>> body) {
        subscription = Flux.from(body).map(ByteBuffer::toByteArray).subscribe(queue::add, queue::add, () -> queue.add(END));
    }

    /** The next chunk; null at the end of the body. Throws what the client failed with. */
    byte[] next() {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a response", e);
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        if (item instanceof Throwable t) {
            ended = true;
            throw new IllegalStateException(t);
        }
        return (byte[]) item;
    }

    @Override
    public void close() {
        subscription.dispose();
    }
}
