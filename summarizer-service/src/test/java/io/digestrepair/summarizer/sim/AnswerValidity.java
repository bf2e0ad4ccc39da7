package io.digestrepair.summarizer.sim;

import com.fasterxml.jackson.databind.JsonNode;
import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.core.wire.FieldRequest;
import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.summarizer.check.AnswerChecker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Judges an answer from outside, as a client would: every field asked for is there, passes the same
 * checks the service applies (language, placeholder, length, grounding), and nothing else is returned.
 */
public final class AnswerValidity {

    private static final AnswerChecker CHECKER = new AnswerChecker(LanguageDetector.shared());

    private AnswerValidity() {
    }

    /**
     * True for the documented last resort: every LLM stage failed and the offline engine could not
     * write the missing fields either, so the paper carries an error naming it (and whatever fields
     * did pass), never a placeholder.
     */
    public static boolean isOfflineFallbackError(JsonNode answer) {
        return answer.hasNonNull("error") && answer.get("error").asText().contains("offline engine");
    }

    /** What is wrong with the answer for this paper; empty when it is a valid repair. */
    public static List<String> problems(SummaryRequest paper, JsonNode answer) {
        return problems(paper, answer, false);
    }

    /** As {@link #problems(SummaryRequest, JsonNode)}; with {@code allowOfflineError}, the documented fallback error passes. */
    public static List<String> problems(SummaryRequest paper, JsonNode answer, boolean allowOfflineError) {
        boolean fallback = allowOfflineError && isOfflineFallbackError(answer);
        List<String> problems = new ArrayList<>();
        if (!paper.id().equals(answer.path("id").asText())) {
            problems.add("id " + answer.path("id").asText() + " is not " + paper.id());
        }
        if (answer.hasNonNull("error") && !fallback) {
            problems.add("error: " + answer.get("error").asText());
        }
        Set<String> asked = new HashSet<>();
        for (var e : paper.fields().entrySet()) {
            FieldRequest f = e.getValue();
            if (f.action() == Action.KEEP) {
                continue;
            }
            asked.add(e.getKey());
            JsonNode text = answer.path("fields").path(e.getKey());
            if (fallback && !text.isTextual()) {
                continue;
            }
            FieldName name = FieldName.byKey(e.getKey()).orElseThrow();
            String engine = answer.path("provenance").path(e.getKey()).path("engine").asText();
            // the offline engine extracts from the abstract: it is judged as a generated field
            Action mode = "offline".equals(engine) ? Action.GENERATE : f.action();
            String source = mode == Action.TRANSLATE ? f.text() : paper.title() + "\n" + paper.abstractText();
            for (String p : CHECKER.check(name, mode, text.isTextual() ? text.asText() : null, "en", source)) {
                problems.add(e.getKey() + " " + p);
            }
            if (text.isTextual() && AnswerChecker.isPlaceholder(text.asText())) {
                problems.add(e.getKey() + " is placeholder text");
            }
        }
        answer.path("fields").fieldNames().forEachRemaining(k -> {
            if (!asked.contains(k)) {
                problems.add(k + " was not asked for");
            }
        });
        return problems;
    }
}
