package io.digestrepair.gateway.remote;

import io.digestrepair.support.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;

import java.io.IOException;

/** What a peer service said went wrong: its problem+json detail when it sent one. */
public record RemoteProblem(int status, String detail, @Nullable Integer line, @Nullable String field) {

    public static RemoteProblem of(HttpClientResponseException e, JsonMapper json) {
        try {
            var decoded = e.getResponse().getBody(Problem.class);
            if (decoded.isPresent() && (decoded.get().detail() != null || decoded.get().title() != null)) {
                Problem p = decoded.get();
                return new RemoteProblem(e.code(), p.detail() != null ? p.detail() : p.title(), p.line(), p.field());
            }
        } catch (RuntimeException ignored) {
            // not a problem: read it as text
        }
        String body = body(e);
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

    /**
     * The error's body as text. A streaming client's error response holds its body as bytes (or a
     * buffer), not as the String a plain client converts it to: without this the peer's reason was
     * lost and only the status's reason phrase ("Bad Request") reached the job.
     */
    @Nullable
    private static String body(HttpClientResponseException e) {
        var response = e.getResponse();
        try {
            var text = response.getBody(String.class);
            if (text.isPresent() && !text.get().isBlank()) {
                return text.get();
            }
        } catch (RuntimeException ignored) {
            // try the raw forms
        }
        try {
            var bytes = response.getBody(byte[].class);
            if (bytes.isPresent() && bytes.get().length > 0) {
                return new String(bytes.get(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (RuntimeException ignored) {
            // no bytes either
        }
        Object raw = response.body();
        if (raw instanceof io.micronaut.core.io.buffer.ByteBuffer<?> buffer) {
            return buffer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
        if (raw instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        return raw instanceof CharSequence cs ? cs.toString() : null;
    }
}
