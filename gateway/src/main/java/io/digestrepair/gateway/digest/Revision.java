package io.digestrepair.gateway.digest;

import io.digestrepair.core.DigestFormat;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * One upload of a digest, without its bytes.
 *
 * @param origin         {@code api}, {@code import:<url>} or {@code watch:<file name>}
 * @param papersToRepair papers with at least one field to translate or generate
 * @param repairedJobId  the job whose result is served, null until one finishes
 * @param papersRepaired papers repaired by that job
 * @param papersFailed   papers that job could not repair
 */
public record Revision(
        String name,
        int revision,
        DigestFormat format,
        String origin,
        String sourceSha256,
        int papers,
        int papersToRepair,
        Instant uploadedAt,
        @Nullable String repairedSha256,
        @Nullable String repairedJobId,
        @Nullable Instant repairedAt,
        int papersRepaired,
        int papersFailed) {

    public static final String ORIGIN_API = "api";
    public static final String ORIGIN_IMPORT = "import:";
    public static final String ORIGIN_WATCH = "watch:";

    public boolean repaired() {
        return repairedJobId != null;
    }

    /** The watched file this revision came from, or null. */
    @Nullable
    public String watchedFile() {
        return origin.startsWith(ORIGIN_WATCH) ? origin.substring(ORIGIN_WATCH.length()) : null;
    }
}
