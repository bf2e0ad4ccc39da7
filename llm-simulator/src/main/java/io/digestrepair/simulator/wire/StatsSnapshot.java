package io.digestrepair.simulator.wire;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * The counts of {@code GET /stats} since start or the last reset.
 *
 * @param requests          chat completion requests received, bad ones included
 * @param badRequests       those refused with a 4xx (not counted in {@code outcomes})
 * @param outcomes          the others by outcome: {@code ok} or the fault injected
 * @param malformedVariants malformed answers by the way they were broken
 * @param promptTokens      the {@code usage} reported in answers (faults that return no answer report none)
 * @param inFlight          requests received and not yet answered (hanging ones included)
 * @param maxInFlight       the most requests in flight at once
 */
@Serdeable
public record StatsSnapshot(
        long requests,
        long badRequests,
        Map<String, Long> outcomes,
        Map<String, Long> malformedVariants,
        long promptTokens,
        long completionTokens,
        long totalTokens,
        int inFlight,
        int maxInFlight,
        String since) {
}
