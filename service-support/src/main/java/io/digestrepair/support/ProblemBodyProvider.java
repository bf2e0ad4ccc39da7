package io.digestrepair.support;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Makes every JSON error of the framework (400 on unreadable JSON, 404, 405, 413, 415...) and of our
 * own code an {@code application/problem+json} body.
 */
@Singleton
public class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        Integer line = null;
        String field = null;
        Optional<Throwable> cause = context.getRootCause();
        if (cause.isPresent() && cause.get() instanceof ProblemException p) {
            line = p.line();
            field = p.field();
        }
        String detail = context.getErrors().stream()
                .map(Error::getMessage)
                .collect(Collectors.joining("; "));
        if (detail.isBlank()) {
            detail = null;
        }
        boolean ours = cause.isPresent() && cause.get() instanceof ProblemException;
        if (status >= 500 && !ours) {
            // an unexpected failure's message may carry SQL, paths or peers' answers: the log has it
            detail = "the service failed; its log has the details";
        }
        if (field == null) {
            field = context.getErrors().stream().flatMap(e -> e.getPath().stream()).findFirst().orElse(null);
        }
        String instance;
        try {
            instance = context.getRequest().getPath();
        } catch (RuntimeException e) {
            instance = null;
        }
        return new Problem("about:blank", response.reason(), status, detail, instance, line, field);
    }
}
