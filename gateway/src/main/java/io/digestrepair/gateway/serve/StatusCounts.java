package io.digestrepair.gateway.serve;

import io.micronaut.serde.annotation.Serdeable;

/** Papers per {@link PaperStatus}. */
@Serdeable
public record StatusCounts(int ok, int repaired, int pending, int failed) {

    public int total() {
        return ok + repaired + pending + failed;
    }

    public int of(PaperStatus s) {
        return switch (s) {
            case OK -> ok;
            case REPAIRED -> repaired;
            case PENDING -> pending;
            case FAILED -> failed;
            case RESTORED -> 0; // counted with the repaired ones
        };
    }

    /** From a revision's stored totals, without reading its papers. */
    public static StatusCounts of(int papers, int toRepair, int repaired, int failed, boolean hasRepair) {
        int ok = papers - toRepair;
        if (!hasRepair) {
            return new StatusCounts(ok, 0, toRepair, 0);
        }
        int pending = Math.max(0, toRepair - repaired - failed);
        return new StatusCounts(ok, repaired, pending, failed);
    }
}
