package io.digestrepair.gateway.remote;

import io.digestrepair.support.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;

import java.io.IOException;

/** What a peer service said went wrong: its problem+json detail when it sent one. */
public record RemoteProblem(int status, String detail, @Nullable Integer line, @Nullable String field) {

    public static RemoteProblem of(HttpClientResponseException e, JsonMapper json) {
        String body = e.getResponse().getBody(String.class).orElse(null);
        if (body != null && !body.isBlank()) {
            try {
                Problem p = json.readValue(body, Problem.class);
                String detail = p.detail() != null ? p.detail() : p.title();
                if (detail != null) {
                    return new RemoteProblem(e.code(), detail, p.line(), p.field());
                }
            } catch (IOException | RuntimeException ignored) {
                // not problem+json: fall back to the text
            }
            return new RemoteProblem(e.code(), body.length() > 500 ? body.substring(0, 500) : body, null, null);
        }
        return new RemoteProblem(e.code(), e.getMessage(), null, null);
    }
}
