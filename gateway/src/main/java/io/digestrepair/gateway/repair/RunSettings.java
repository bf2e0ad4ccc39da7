package io.digestrepair.gateway.repair;

import java.time.Duration;

/**
 * How a run talks to the summarizer and writes its answers.
 *
 * @param batchSize         papers per batch request
 * @param concurrency       batch requests in flight at once
 * @param retryInitialDelay first wait after the summarizer could not be reached
 * @param retryMaxDelay     longest wait between attempts (the waits double up to it)
 * @param maxRejections     times a batch may be refused or broken before its papers fail
 * @param writeBatch        answers stored in one transaction: after a kill -9 at most this many
 *                          answered papers are asked again
 * @param writeDelay        longest time an answer waits for its write batch to fill (slow LLM answers
 *                          are stored about as soon as they arrive)
 */
public record RunSettings(int batchSize, int concurrency, Duration retryInitialDelay, Duration retryMaxDelay, int maxRejections,
                          int writeBatch, Duration writeDelay) {

    public RunSettings {
        batchSize = Math.max(1, batchSize);
        concurrency = Math.max(1, concurrency);
        maxRejections = Math.max(1, maxRejections);
        writeBatch = Math.max(1, writeBatch);
        writeDelay = writeDelay == null || writeDelay.isNegative() ? Duration.ZERO : writeDelay;
    }

    /** Every answer stored on its own, as soon as it arrives. */
    public RunSettings(int batchSize, int concurrency, Duration retryInitialDelay, Duration retryMaxDelay, int maxRejections) {
        this(batchSize, concurrency, retryInitialDelay, retryMaxDelay, maxRejections, 1, Duration.ZERO);
    }
}
