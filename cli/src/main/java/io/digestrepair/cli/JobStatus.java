package io.digestrepair.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** A repair job as {@code GET /api/jobs/{id}} reports it. */
record JobStatus(String id, String state, int total, int done, int failed, int cached, int summarized) {

    static JobStatus from(JsonNode node) {
        return new JobStatus(
                node.path("id").asText(""),
                node.path("state").asText("UNKNOWN"),
                node.path("total").asInt(),
                node.path("done").asInt(),
                node.path("failed").asInt(),
                node.path("cached").asInt(),
                node.path("summarized").asInt());
    }

    boolean finished() {
        return switch (state) {
            case "DONE", "FAILED", "CANCELLED" -> true;
            default -> false;
        };
    }

    boolean succeeded() {
        return "DONE".equals(state) && failed == 0;
    }
}
