package io.digestrepair.summarizer.repair;

import io.digestrepair.core.wire.SummaryResponse;
import io.digestrepair.summarizer.metrics.SummarizerMetrics;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Repairs many papers at once, each on its own (virtual) thread, and emits the answers in the order
 * they complete. How many LLM calls run at a time is the providers' guards' business, not this one's.
 * Cancelling the subscription (the client went away) interrupts the papers still running, which
 * cancels their LLM requests on the wire.
 */
public final class BatchRunner {

    private final RepairChain chain;
    private final ExecutorService executor;
    private final SummarizerMetrics metrics;

    public BatchRunner(RepairChain chain, ExecutorService executor, SummarizerMetrics metrics) {
        this.chain = chain;
        this.executor = executor;
        this.metrics = metrics;
    }

    public Flux<SummaryResponse> run(List<RepairPlan> plans) {
        if (plans.isEmpty()) {
            return Flux.empty();
        }
        return Flux.create(sink -> {
            AtomicInteger remaining = new AtomicInteger(plans.size());
            List<Future<?>> running = new ArrayList<>(plans.size());
            sink.onCancel(() -> {
                running.forEach(f -> f.cancel(true));
            });
            for (RepairPlan plan : plans) {
                running.add(executor.submit(() -> {
                    SummaryResponse answer;
                    try {
                        answer = chain.repair(plan);
                    } catch (CancellationException e) {
                        metrics.cancelled();
                        return;
                    } catch (RuntimeException e) {
                        // a bug of ours must not cost the other papers their answers
                        answer = SummaryResponse.failed(plan.id(), "internal error: " + e);
                    }
                    if (!sink.isCancelled()) {
                        sink.next(answer);
                    }
                    if (remaining.decrementAndGet() == 0) {
                        sink.complete();
                    }
                }));
            }
        }, FluxSink.OverflowStrategy.BUFFER);
    }
}
