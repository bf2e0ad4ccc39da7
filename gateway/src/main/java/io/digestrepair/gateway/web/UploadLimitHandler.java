package io.digestrepair.gateway.web;

import io.digestrepair.gateway.digest.UploadLimit;
import io.digestrepair.support.ProblemException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** A body over the server's limit: 413 problem+json naming MAX_UPLOAD_SIZE, not the framework's buffer setting. */
@Singleton
@Replaces(ContentLengthExceededHandler.class)
public class UploadLimitHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;
    private final UploadLimit limit;

    public UploadLimitHandler(ErrorResponseProcessor<?> processor, UploadLimit limit) {
        this.processor = processor;
        this.limit = limit;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ContentLengthExceededException exception) {
        ProblemException problem = limit.exceeded(null);
        return processor.processResponse(ErrorContext.builder(request)
                .cause(problem)
                .errorMessage(problem.getMessage())
                .build(), HttpResponse.status(problem.status()));
    }
}
