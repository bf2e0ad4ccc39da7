package io.digestrepair.gateway.repair;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How repair jobs run.
 *
 * @param workers           jobs run at once by this instance
 * @param batchSize         papers per summarizer batch
 * @param concurrency       summarizer batches in flight per job
 * @param lease             a running job whose owner has not beaten for this long is taken over
 * @param pollInterval      how often idle workers look for queued jobs (they are also woken at once)
 * @param retryInitialDelay first wait when a peer service cannot be reached
 * @param retryMaxDelay     longest wait between attempts
 * @param maxRejections     tries of a refused batch before its papers fail
 * @param writeBatch        answers stored per transaction (at most this many are asked again after a crash)
 * @param writeDelay        longest wait of an answer for its write batch to fill
 */
@ConfigurationProperties("gateway.jobs")
public record JobProperties(
        @Bindable(defaultValue = "2") int workers,
        @Bindable(defaultValue = "8") int batchSize,
        @Bindable(defaultValue = "4") int concurrency,
        @Bindable(defaultValue = "30s") Duration lease,
        @Bindable(defaultValue = "1s") Duration pollInterval,
        @Bindable(defaultValue = "1s") Duration retryInitialDelay,
        @Bindable(defaultValue = "30s") Duration retryMaxDelay,
        @Bindable(defaultValue = "3") int maxRejections,
        @Bindable(defaultValue = "64") int writeBatch,
        @Bindable(defaultValue = "500ms") Duration writeDelay) {

    public RunSettings runSettings() {
        return new RunSettings(batchSize, concurrency, retryInitialDelay, retryMaxDelay, maxRejections, writeBatch, writeDelay);
    }
}
