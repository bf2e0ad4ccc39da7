package io.digestrepair.gateway.repair;

import io.micronaut.core.annotation.Nullable;

/**
 * A paper a job has finished.
 *
 * @param index    the paper's index in the digest
 * @param cacheKey the cache entry holding its repaired fields (null when it failed)
 * @param error    why it failed (null otherwise)
 * @param engines  the engines that wrote its repaired fields, sorted and joined by "+" ("llm+offline"); null when
 *                 it failed, or for a paper finished before this was recorded
 */
public record FinishedPaper(int index, PaperOutcome outcome, @Nullable String cacheKey, @Nullable String error,
                            @Nullable String engines) {

    public FinishedPaper(int index, PaperOutcome outcome, @Nullable String cacheKey, @Nullable String error) {
        this(index, outcome, cacheKey, error, null);
    }

    /** A paper repaired with the fields of {@code entry}. */
    public static FinishedPaper repaired(int index, PaperOutcome outcome, RepairedPaper entry) {
        java.util.TreeSet<String> engines = new java.util.TreeSet<>();
        entry.fields().keySet().forEach(field -> {
            var provenance = entry.provenance().get(field);
            if (provenance != null && provenance.engine() != null && !provenance.engine().isEmpty()) {
                engines.add(provenance.engine());
            }
        });
        return new FinishedPaper(index, outcome, entry.cacheKey(), null, engines.isEmpty() ? "unknown" : String.join("+", engines));
    }
}
