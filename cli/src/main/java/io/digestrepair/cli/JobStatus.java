package io.digestrepair.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A repair job as {@code GET /api/jobs/{id}} reports it (the gateway's {@code ApiViews.JobView}:
 * {@code tokens: {calls, prompt, completion, cached}} and {@code cost} once the job has finished).
 *
 * @param llmState    the job's {@code llm.state} (e.g. why the LLM was not used), or null
 * @param llmReason   the provider's own words when it refused (no balance, bad key, ...), or null
 * @param tokensIn    prompt tokens the job spent, or -1 when the gateway does not report them
 * @param tokensOut   completion tokens, or -1
 * @param cost        estimated cost in the configured currency (LLM_PRICE_*_PER_MTOK), or NaN
 * @param errors      why each failed paper failed, in the summarizer's own words ("paper 3: ...")
 * @param engines     papers repaired per engine combination ("offline": 183), or null when the gateway does not
 *                    count them (an older gateway, or papers finished before it did): then the digest's view is read
 */
record JobStatus(String id, String state, int total, int done, int failed, int cached, int summarized,
                 String llmState, String llmReason, long tokensIn, long tokensOut, double cost,
                 java.util.List<String> errors, java.util.Map<String, Integer> engines) {

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
                tokens.path("prompt").isNumber() ? tokens.path("prompt").asLong() : -1,
                tokens.path("completion").isNumber() ? tokens.path("completion").asLong() : -1,
                node.path("cost").isNumber() ? node.path("cost").asDouble() : Double.NaN,
                errors(node.path("errors")),
                engines(node.path("engines")));
    }

    private static java.util.Map<String, Integer> engines(JsonNode engines) {
        if (!engines.isObject()) {
            return null;
        }
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        engines.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
        return java.util.Collections.unmodifiableMap(out);
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

    /** The provider stopped or failed the job's LLM calls ({@code ok} and {@code offline} carry no refusal). */
    boolean llmRefused() {
        return llmReason != null && !llmReason.isBlank() && !"ok".equals(llmState) && !"offline".equals(llmState);
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
