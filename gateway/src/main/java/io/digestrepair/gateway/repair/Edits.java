package io.digestrepair.gateway.repair;

import io.digestrepair.core.Action;
import io.digestrepair.core.wire.Edit;
import io.digestrepair.core.wire.Field;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.ParseResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a job's finished papers into the edits the renderer applies. */
public final class Edits {

    private Edits() {
    }

    /**
     * One edit per repaired field the digest asked to repair and can hold: a field the parser
     * gave no span for cannot be written, and a kept field is never overwritten.
     */
    public static List<Edit> of(ParseResult parsed, List<FinishedPaper> finished, Map<String, RepairedPaper> entries) {
        Map<Integer, Paper> papers = new HashMap<>();
        for (Paper p : parsed.papers()) {
            papers.put(p.index(), p);
        }
        List<Edit> edits = new ArrayList<>();
        for (FinishedPaper done : finished) {
            if (done.outcome() == PaperOutcome.FAILED || done.cacheKey() == null) {
                continue;
            }
            Paper paper = papers.get(done.index());
            RepairedPaper entry = entries.get(done.cacheKey());
            if (paper == null || entry == null || paper.fields() == null) {
                continue;
            }
            entry.fields().forEach((key, text) -> {
                Field f = paper.fields().get(key);
                if (f != null && f.action() != Action.KEEP && f.span() != null && text != null && !text.isBlank()) {
                    edits.add(new Edit(paper.index(), key, text));
                }
            });
        }
        edits.sort(Comparator.comparingInt(Edit::index).thenComparing(Edit::field));
        return edits;
    }
}
