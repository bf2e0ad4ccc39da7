package io.digestrepair.support;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Times every request by method, route template and status ({@code http_server_requests_seconds}). */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class HttpMetricsFilter {

    private static final String START = HttpMetricsFilter.class.getName() + ".start";

    private final PrometheusMeterRegistry registry;

    public HttpMetricsFilter(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @RequestFilter
    public void start(HttpRequest<?> request) {
        request.setAttribute(START, System.nanoTime());
    }

    @ResponseFilter
    public void stop(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Long start = request.getAttribute(START, Long.class).orElse(null);
        if (start == null) {
            return;
        }
        String uri = BasicHttpAttributes.getUriTemplate(request).orElse(response.code() == 404 ? "NOT_FOUND" : "UNKNOWN");
        Timer.builder("http.server.requests")
                .tag("method", request.getMethodName())
                .tag("uri", uri)
                .tag("status", Integer.toString(response.code()))
                .register(registry)
                .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
