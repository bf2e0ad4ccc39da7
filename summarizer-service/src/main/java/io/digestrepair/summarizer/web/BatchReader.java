package io.digestrepair.summarizer.web;

import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.summarizer.repair.RepairPlan;
import io.digestrepair.summarizer.repair.RepairPlanner;
import io.digestrepair.support.ProblemException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a batch body, NDJSON (one request a line) or a JSON array, into plans. The whole batch is
 * read and checked before any paper is sent to an LLM, so a bad line costs nothing; the problem
 * names the line (or array element, from 1) and the field.
 */
public final class BatchReader {

    public static final int MAX_PAPERS = 10_000;

    private final JsonMapper json;
    private final RepairPlanner planner;

    public BatchReader(JsonMapper json, RepairPlanner planner) {
        this.json = json;
        this.planner = planner;
    }

    public List<RepairPlan> read(String body, boolean ndjson) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw ProblemException.badRequest("the batch is empty: send NDJSON (one paper a line) or a JSON array");
        }
        if (!ndjson && !text.startsWith("[")) {
            // a JSON body that is not an array is read as NDJSON: one object, or objects a line
            ndjson = true;
        }
        List<RepairPlan> plans = new ArrayList<>();
        if (ndjson) {
            String[] lines = text.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    plans.add(planner.plan(parse(lines[i], i + 1), i + 1));
                    tooMany(plans);
                }
            }
        } else {
            JsonNode array;
            try {
                array = json.readValue(text, JsonNode.class);
            } catch (IOException e) {
                throw ProblemException.badRequest("the batch is not a JSON array: " + firstLine(e.getMessage()));
            }
            for (int i = 0; i < array.size(); i++) {
                SummaryRequest request;
                try {
                    request = json.readValueFromTree(array.get(i), SummaryRequest.class);
                } catch (IOException | RuntimeException e) {
                    throw ProblemException.badRequest("element " + (i + 1) + " is not a paper request: "
                            + firstLine(e.getMessage()), i + 1, null);
                }
                plans.add(planner.plan(request, i + 1));
                tooMany(plans);
            }
        }
        return plans;
    }

    private SummaryRequest parse(String line, int number) {
        try {
            return json.readValue(line, SummaryRequest.class);
        } catch (IOException e) {
            throw ProblemException.badRequest("line " + number + " is not a JSON paper request: " + firstLine(e.getMessage()),
                    number, null);
        }
    }

    private static void tooMany(List<RepairPlan> plans) {
        if (plans.size() > MAX_PAPERS) {
            throw ProblemException.badRequest("a batch holds at most " + MAX_PAPERS + " papers");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
