package io.digestrepair.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

/**
 * Thrown where a request cannot be served because of what the client sent (or asked for);
 * answered as {@code application/problem+json} with this status.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final Integer line;
    private final String field;

    public ProblemException(HttpStatus status, String detail) {
        this(status, detail, null, null, null);
    }

    public ProblemException(HttpStatus status, String detail, @Nullable Integer line, @Nullable String field) {
        this(status, detail, line, field, null);
    }

    public ProblemException(HttpStatus status, String detail, @Nullable Integer line, @Nullable String field,
                            @Nullable Throwable cause) {
        super(detail, cause, false, false);
        this.status = status;
        this.line = line;
        this.field = field;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, detail);
    }

    public static ProblemException badRequest(String detail, @Nullable Integer line, @Nullable String field) {
        return new ProblemException(HttpStatus.BAD_REQUEST, detail, line, field);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, detail);
    }

    public HttpStatus status() {
        return status;
    }

    @Nullable
    public Integer line() {
        return line;
    }

    @Nullable
    public String field() {
        return field;
    }
}
