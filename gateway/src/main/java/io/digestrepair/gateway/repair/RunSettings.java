package io.digestrepair.gateway.repair;

import java.time.Duration;

/**
 * How a run talks to the summarizer.
 *
 * @param batchSize         papers per batch request
 * @param concurrency       batch requests in flight at once
 * @param retryInitialDelay first wait after the summarizer could not be reached
 * @param retryMaxDelay     longest wait between attempts (the waits double up to it)
 * @param maxRejections     times a batch may be refused or broken before its papers fail
 */
public record RunSettings(int batchSize, int concurrency, Duration retryInitialDelay, Duration retryMaxDelay, int maxRejections) {

    public RunSettings {
        batchSize = Math.max(1, batchSize);
        concurrency = Math.max(1, concurrency);
        maxRejections = Math.max(1, maxRejections);
    }
}
