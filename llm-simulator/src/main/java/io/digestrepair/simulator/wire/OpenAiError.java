package io.digestrepair.simulator.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The error body OpenAI-compatible servers send with a 429 or 5xx, which OpenAI clients parse. */
@Serdeable
public record OpenAiError(Body error) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Body(String message, String type, @Nullable String param, @Nullable String code) {
    }

    public static OpenAiError rateLimited(int retryAfterSeconds) {
        return new OpenAiError(new Body("Rate limit reached (simulated). Please try again in " + retryAfterSeconds
                + "s.", "requests", null, "rate_limit_exceeded"));
    }

    public static OpenAiError serverError() {
        return new OpenAiError(new Body("The server had an error while processing your request (simulated).",
                "server_error", null, null));
    }

    public static OpenAiError timedOut() {
        return new OpenAiError(new Body("The model did not answer in time (simulated hang).", "timeout", null, null));
    }
}
