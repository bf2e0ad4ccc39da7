package io.digestrepair.gateway.repair;

import io.digestrepair.core.Action;
import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.FieldStatus;
import io.digestrepair.core.wire.Counts;
import io.digestrepair.core.wire.Field;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.ParseResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Papers as the parser would report them, for tests of the repair steps. */
final class Papers {

    private Papers() {
    }

    static final List<String> FIELDS = List.of("tldr", "motivation", "method", "result", "conclusion");

    /** A paper whose five fields are the pipeline's failure placeholders. */
    static Paper placeholders(int index) {
        Map<String, Field> fields = new LinkedHashMap<>();
        long at = index * 1000L;
        for (String f : FIELDS) {
            fields.put(f, new Field(f + " failed", FieldStatus.PLACEHOLDER, "en", Action.GENERATE, List.of(at, at + 10)));
            at += 20;
        }
        return new Paper(index, "2606.0" + index, "Paper " + index, "https://arxiv.org/abs/2606.0" + index, List.of("A. Author"),
                "cs.CL", "Abstract of paper " + index + ". It proposes a method. It works.", Action.GENERATE, fields, index * 10 + 1);
    }

    /** A paper whose fields are in Chinese. */
    static Paper chinese(int index) {
        Map<String, Field> fields = new LinkedHashMap<>();
        long at = index * 1000L;
        for (String f : FIELDS) {
            fields.put(f, new Field("中文" + f + index, FieldStatus.NON_TARGET_LANGUAGE, "zh", Action.TRANSLATE, List.of(at, at + 10)));
            at += 20;
        }
        return new Paper(index, null, "Chinese paper " + index, "https://arxiv.org/abs/2606.1" + index, List.of("B. Author"),
                "cs.CV", "Abstract " + index + ".", Action.TRANSLATE, fields, index * 10 + 1);
    }

    /** A paper with nothing to repair. */
    static Paper ok(int index) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (String f : FIELDS) {
            fields.put(f, new Field("Fine " + f, FieldStatus.OK, "en", Action.KEEP, List.of(0L, 1L)));
        }
        return new Paper(index, null, "OK paper " + index, null, List.of(), "cs.AI", "Abstract.", Action.KEEP, fields, 1);
    }

    static ParseResult digest(List<Paper> papers) {
        int toRepair = (int) papers.stream().filter(p -> p.action() != Action.KEEP).count();
        return new ParseResult(DigestFormat.MARKDOWN, "en", papers,
                new Counts(papers.size(), papers.size() - toRepair, toRepair, Map.of(), Map.of(), Map.of(), 0), List.of());
    }
}
