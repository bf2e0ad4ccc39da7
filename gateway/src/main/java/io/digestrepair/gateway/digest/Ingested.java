package io.digestrepair.gateway.digest;

import io.digestrepair.core.wire.Counts;
import io.digestrepair.gateway.repair.RepairJob;
import io.micronaut.core.annotation.Nullable;

/** What an upload produced: the stored revision, the parser's counts, and the repair job if one was started. */
public record Ingested(Revision revision, Counts counts, @Nullable RepairJob job) {
}
