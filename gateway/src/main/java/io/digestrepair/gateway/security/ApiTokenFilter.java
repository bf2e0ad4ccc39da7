package io.digestrepair.gateway.security;

import io.digestrepair.support.Problem;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Guards writes with the API token, and marks every response as not to be sniffed. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ApiTokenFilter {

    private static final MediaType PROBLEM = MediaType.of(Problem.MEDIA_TYPE);

    private final ApiToken token;

    public ApiTokenFilter(@Value("${gateway.api-token:}") @Nullable String token) {
        this.token = new ApiToken(token);
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> authorize(HttpRequest<?> request) {
        if (!token.required() || !ApiToken.isWrite(request.getMethodName()) || BadRequestLine.failed(request)) {
            // a request that could not be decoded is answered 400 (its headers were never read)
            return null;
        }
        if (token.permits(request.getHeaders().get(HttpHeaders.AUTHORIZATION))) {
            return null;
        }
        Problem problem = new Problem("about:blank", "Unauthorized", 401,
                "this gateway needs 'Authorization: Bearer <token>' (GATEWAY_API_TOKEN) for every write",
                request.getPath(), null, null);
        return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"digest-repair\"")
                .contentType(PROBLEM)
                .body(problem);
    }

    @ResponseFilter
    public void harden(MutableHttpResponse<?> response) {
        response.getHeaders().add("X-Content-Type-Options", "nosniff");
    }
}
