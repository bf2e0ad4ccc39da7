package io.digestrepair.summarizer.repair;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.wire.FieldRequest;
import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.summarizer.config.Languages;
import io.digestrepair.support.ProblemException;
import io.micronaut.http.HttpStatus;

import java.util.EnumMap;
import java.util.Map;

/** Checks a client's request and turns it into a {@link RepairPlan}; every refusal names the field at fault. */
public final class RepairPlanner {

    /** arXiv caps abstracts at 1,920 characters; far beyond that it is not an abstract. */
    public static final int MAX_ABSTRACT_CHARS = 20_000;
    public static final int MAX_TITLE_CHARS = 2_000;
    public static final int MAX_FIELD_CHARS = 20_000;

    private final String defaultLanguage;

    public RepairPlanner(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public RepairPlan plan(SummaryRequest request) {
        return plan(request, null);
    }

    /** @param line the request's line in a batch (for the problem's {@code line}), or null */
    public RepairPlan plan(SummaryRequest request, Integer line) {
        if (request == null) {
            throw bad("the body must be a JSON object describing one paper", line, null);
        }
        String title = request.title();
        String abstractText = request.abstractText();
        tooLong(title, MAX_TITLE_CHARS, "title", line);
        tooLong(abstractText, MAX_ABSTRACT_CHARS, "abstract", line);
        String language;
        try {
            language = request.targetLanguage() == null || request.targetLanguage().isBlank()
                    ? defaultLanguage : Languages.code(request.targetLanguage());
        } catch (IllegalArgumentException e) {
            throw bad("unknown targetLanguage \"" + request.targetLanguage() + "\"; use an ISO 639-1 code such as en",
                    line, "targetLanguage");
        }
        if (request.fields() == null || request.fields().isEmpty()) {
            throw bad("fields is required: the paper's fields with their text and action (KEEP, TRANSLATE, GENERATE)",
                    line, "fields");
        }
        Map<FieldName, FieldRequest> fields = new EnumMap<>(FieldName.class);
        boolean generates = false;
        for (Map.Entry<String, FieldRequest> e : request.fields().entrySet()) {
            String key = e.getKey();
            FieldName name = FieldName.byKey(key).orElseThrow(() -> bad(
                    "unknown field \"" + key + "\"; the fields are tldr, motivation, method, result, conclusion",
                    line, "fields." + key));
            FieldRequest f = e.getValue();
            if (f == null || f.action() == null) {
                throw bad("fields." + key + ".action is required (KEEP, TRANSLATE or GENERATE)", line, "fields." + key + ".action");
            }
            tooLong(f.text(), MAX_FIELD_CHARS, "fields." + key + ".text", line);
            if (f.action() == Action.TRANSLATE && (f.text() == null || f.text().isBlank())) {
                throw bad("fields." + key + " is to be translated but has no text", line, "fields." + key + ".text");
            }
            generates |= f.action() == Action.GENERATE;
            fields.put(name, f);
        }
        if (generates && (abstractText == null || abstractText.isBlank())) {
            throw bad("abstract is required to generate a field", line, "abstract");
        }
        return new RepairPlan(request.id(), title == null ? "" : title, abstractText == null ? "" : abstractText,
                language, fields);
    }

    private static void tooLong(String value, int max, String field, Integer line) {
        if (value != null && value.length() > max) {
            throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    field + " has " + value.length() + " characters, at most " + max + " accepted", line, field);
        }
    }

    private static ProblemException bad(String detail, Integer line, String field) {
        return ProblemException.badRequest(detail, line, field);
    }
}
