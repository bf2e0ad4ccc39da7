package io.digestrepair.summarizer.repair;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.wire.FieldRequest;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A validated request: what each field needs.
 *
 * @param id             the paper's id, echoed in the answer
 * @param targetLanguage ISO 639-1 code
 * @param fields         every field the client sent, by name
 */
public record RepairPlan(String id, String title, String abstractText, String targetLanguage,
                         Map<FieldName, FieldRequest> fields) {

    /** The fields to translate or generate, in the pipeline's order. */
    public Set<FieldName> toRepair() {
        Set<FieldName> out = EnumSet.noneOf(FieldName.class);
        fields.forEach((name, f) -> {
            if (f.action() != Action.KEEP) {
                out.add(name);
            }
        });
        return Collections.unmodifiableSet(out);
    }

    public Action action(FieldName field) {
        FieldRequest f = fields.get(field);
        return f == null ? Action.GENERATE : f.action();
    }

    /** What a written field is checked against: the text it translates, or the title and abstract. */
    public String groundingSource(FieldName field) {
        if (action(field) == Action.TRANSLATE) {
            return fields.get(field).text();
        }
        return (title == null ? "" : title) + "\n" + (abstractText == null ? "" : abstractText);
    }
}
