package io.digestrepair.gateway.serve;

import io.digestrepair.core.Action;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.gateway.repair.FinishedPaper;
import io.digestrepair.gateway.repair.PaperOutcome;
import io.micronaut.core.annotation.Nullable;

/** Where a paper stands in the served digest. */
public enum PaperStatus {
    /** Nothing to repair. */
    OK("ok", "OK"),
    /** Repaired fields are served. */
    REPAIRED("repaired", "Repaired"),
    /** Needs a repair no job has made yet. */
    PENDING("pending", "Needs repair"),
    /** The last job could not repair it. */
    FAILED("failed", "Failed"),
    /**
     * Missing from the published digest, brought back from the day's crawl and repaired. Counted with
     * the repaired papers in {@link StatusCounts}.
     */
    RESTORED("restored", "restored: missing from the published digest");

    private final String css;
    private final String label;

    PaperStatus(String css, String label) {
        this.css = css;
        this.label = label;
    }

    public String css() {
        return css;
    }

    public String label() {
        return label;
    }

    public static PaperStatus of(Paper paper, @Nullable FinishedPaper finished) {
        if (paper.action() == Action.KEEP) {
            return OK;
        }
        if (finished == null) {
            return PENDING;
        }
        return finished.outcome() == PaperOutcome.FAILED ? FAILED : REPAIRED;
    }

    /** As {@link #of(Paper, FinishedPaper)}, a restored paper once repaired being {@link #RESTORED}. */
    public static PaperStatus of(Paper paper, @Nullable FinishedPaper finished, boolean restored) {
        PaperStatus s = of(paper, finished);
        return restored && s == REPAIRED ? RESTORED : s;
    }

    /** The column of {@link StatusCounts} it is counted in. */
    public PaperStatus counted() {
        return this == RESTORED ? REPAIRED : this;
    }
}
