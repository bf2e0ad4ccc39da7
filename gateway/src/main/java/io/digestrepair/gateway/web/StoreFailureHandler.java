package io.digestrepair.gateway.web;

import io.digestrepair.gateway.store.StoreException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A store failure is the server's problem: 503, logged here, with no SQL in the answer. */
@Singleton
public class StoreFailureHandler implements ExceptionHandler<StoreException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFailureHandler.class);

    private final ErrorResponseProcessor<?> processor;

    public StoreFailureHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, StoreException exception) {
        LOG.error("store failure on {} {}", request.getMethodName(), request.getPath(), exception);
        return processor.processResponse(ErrorContext.builder(request)
                .cause(exception)
                .errorMessage("the store is unavailable; try again shortly")
                .build(), HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE));
    }
}
