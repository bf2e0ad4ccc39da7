package io.digestrepair.gateway.repair;

import io.micronaut.core.annotation.Nullable;

/**
 * A paper a job has finished.
 *
 * @param index    the paper's index in the digest
 * @param cacheKey the cache entry holding its repaired fields (null when it failed)
 * @param error    why it failed (null otherwise)
 */
public record FinishedPaper(int index, PaperOutcome outcome, @Nullable String cacheKey, @Nullable String error) {
}
