package io.digestrepair.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A repair job as {@code GET /api/jobs/{id}} reports it.
 *
 * @param llmState    the job's {@code llm.state} (e.g. why the LLM was not used), or null
 * @param llmReason   the provider's own words when it refused (no balance, bad key, ...), or null
 * @param tokensIn    prompt tokens the job spent, or -1 when the gateway does not report them
 * @param tokensOut   completion tokens, or -1
 * @param cost        estimated cost in the configured currency (LLM_PRICE_*_PER_MTOK), or NaN
 * @param errors      why each failed paper failed, in the summarizer's own words ("paper 3: ...")
 */
record JobStatus(String id, String state, int total, int done, int failed, int cached, int summarized,
                 String llmState, String llmReason, long tokensIn, long tokensOut, double cost,
                 java.util.List<String> errors) {

    static JobStatus from(JsonNode node) {
        JsonNode llm = node.path("llm");
        JsonNode tokens = node.path("tokens");
        return new JobStatus(
                node.path("id").asText(""),
                node.path("state").asText("UNKNOWN"),
                node.path("total").asInt(),
                node.path("done").asInt(),
                node.path("failed").asInt(),
                node.path("cached").asInt(),
                node.path("summarized").asInt(),
                llm.path("state").asText(null),
                llm.path("reason").asText(null),
                firstNumber(tokens.path("input"), tokens.path("prompt"), node.path("inputTokens"), node.path("promptTokens")),
                firstNumber(tokens.path("output"), tokens.path("completion"), node.path("outputTokens"), node.path("completionTokens")),
                firstDouble(node.path("cost"), node.path("estimatedCost"), tokens.path("cost")),
                errors(node.path("errors")));
    }

    private static java.util.List<String> errors(JsonNode errors) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode e : errors) {
            String why = e.path("error").asText("");
            if (!why.isBlank()) {
                out.add("paper " + (e.path("index").asInt() + 1) + ": " + why);
            }
        }
        return java.util.List.copyOf(out);
    }

    // the token and cost fields are being added to the job view; read the names it may take
    private static long firstNumber(JsonNode... candidates) {
        for (JsonNode n : candidates) {
            if (n.isNumber()) {
                return n.asLong();
            }
        }
        return -1;
    }

    private static double firstDouble(JsonNode... candidates) {
        for (JsonNode n : candidates) {
            if (n.isNumber()) {
                return n.asDouble();
            }
            if (n.isObject() && n.path("amount").isNumber()) {
                return n.path("amount").asDouble();
            }
        }
        return Double.NaN;
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
