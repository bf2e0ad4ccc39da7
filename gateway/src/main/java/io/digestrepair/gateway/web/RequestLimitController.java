package io.digestrepair.gateway.web;

import io.digestrepair.gateway.digest.UploadLimit;
import io.digestrepair.gateway.security.BadRequestLine;
import io.digestrepair.support.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

/**
 * The server's answer to a request it could not read for its size. Netty reports every line over
 * its limit as "too long", which the server answers 413; a request line over it is a URI too long
 * (414), headers over it are 431, and only a body is 413, against MAX_UPLOAD_SIZE.
 */
@Controller
public class RequestLimitController {

    private static final MediaType PROBLEM = MediaType.of(Problem.MEDIA_TYPE);

    private final UploadLimit limit;

    public RequestLimitController(UploadLimit limit) {
        this.limit = limit;
    }

    /** Running a route for an undecodable request rethrows why it could not be decoded: answered here. */
    @Error(global = true, exception = TooLongHttpLineException.class)
    public HttpResponse<Problem> lineTooLong(HttpRequest<?> request) {
        return problem(HttpStatus.REQUEST_URI_TOO_LONG, "URI Too Long",
                "the request line is longer than this server reads: shorten the URI", null);
    }

    @Error(global = true, exception = TooLongHttpHeaderException.class)
    public HttpResponse<Problem> headersTooLarge(HttpRequest<?> request) {
        return problem(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request Header Fields Too Large",
                "the request's headers are larger than this server reads", null);
    }

    @Error(status = HttpStatus.REQUEST_ENTITY_TOO_LARGE, global = true)
    public HttpResponse<Problem> tooLarge(HttpRequest<?> request) {
        if (BadRequestLine.uriTooLong(request)) {
            return problem(HttpStatus.REQUEST_URI_TOO_LONG, "URI Too Long",
                    "the request line is longer than this server reads: shorten the URI", null);
        }
        if (BadRequestLine.headersTooLarge(request)) {
            return problem(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request Header Fields Too Large",
                    "the request's headers are larger than this server reads", null);
        }
        var exceeded = limit.exceeded(null);
        return problem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Request Entity Too Large", exceeded.getMessage(), exceeded.field());
    }

    private static HttpResponse<Problem> problem(HttpStatus status, String title, String detail, String field) {
        return HttpResponse.<Problem>status(status).contentType(PROBLEM)
                .body(new Problem("about:blank", title, status.getCode(), detail, null, null, field));
    }
}
