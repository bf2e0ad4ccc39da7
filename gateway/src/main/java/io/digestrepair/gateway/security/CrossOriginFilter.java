package io.digestrepair.gateway.security;

import io.digestrepair.support.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * CORS for every read and the Origin check for every write, in one place: reads answer
 * {@code Access-Control-Allow-Origin: *} and read preflights are answered; a write (or a write's
 * preflight) from another origin is 403 before the token is even looked at.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CrossOriginFilter implements Ordered {

    private static final MediaType PROBLEM = MediaType.of(Problem.MEDIA_TYPE);

    @Override
    public int getOrder() {
        // before ApiTokenFilter: a foreign page learns nothing about the token
        return -100;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        if (BadRequestLine.failed(request)) {
            return null; // answered 400/414 by the server; its headers were never read
        }
        HttpHeaders headers = request.getHeaders();
        String origin = headers.get(HttpHeaders.ORIGIN);
        String method = request.getMethodName();
        if (method.equalsIgnoreCase("OPTIONS") && origin != null && headers.contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD)) {
            return preflight(request, origin);
        }
        if (ApiToken.isWrite(method)) {
            return CrossOrigin.writeRefusal(origin, host(request)).map(why -> forbidden(request, why)).orElse(null);
        }
        return null;
    }

    @ResponseFilter
    public void allowReads(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (CrossOrigin.isRead(request.getMethodName())) {
            response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, CrossOrigin.EXPOSED);
        }
    }

    private static HttpResponse<?> preflight(HttpRequest<?> request, String origin) {
        String wanted = request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD).trim();
        if (!CrossOrigin.isRead(wanted)) {
            // a write from the gateway's own pages never needs a preflight
            return forbidden(request, CrossOrigin.writeRefusal(origin, host(request))
                    .orElse("a cross-origin " + wanted + " is refused"));
        }
        String headers = CrossOrigin.allowedReadHeaders(request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS));
        if (headers == null) {
            return forbidden(request, "a cross-origin read may send only " + "Accept, If-None-Match, If-Modified-Since, Range and the like");
        }
        MutableHttpResponse<?> ok = HttpResponse.noContent()
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, CrossOrigin.READ_METHODS)
                .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400");
        if (!headers.isEmpty()) {
            ok.header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers);
        }
        // the response filter does not see OPTIONS as a read: the preflight's own allowance
        ok.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        return ok;
    }

    @Nullable
    private static String host(HttpRequest<?> request) {
        String forwarded = request.getHeaders().get("X-Forwarded-Host");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0];
        }
        return request.getHeaders().get(HttpHeaders.HOST);
    }

    private static HttpResponse<?> forbidden(HttpRequest<?> request, String why) {
        return HttpResponse.status(HttpStatus.FORBIDDEN)
                .contentType(PROBLEM)
                .body(new Problem("about:blank", "Forbidden", 403, why, request.getPath(), null, "Origin"));
    }
}
