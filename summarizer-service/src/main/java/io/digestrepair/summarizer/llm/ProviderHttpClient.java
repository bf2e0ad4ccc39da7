package io.digestrepair.summarizer.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient.Version;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * LangChain4j's HTTP transport on the JDK client, with what its stock one lacks for our retries:
 * a non-2xx answer keeps its {@code Retry-After} ({@link ProviderHttpException}), an interrupted caller
 * cancels the request on the wire (a batch client that went away stops costing tokens), and
 * HTTP/1.1 is spoken, since OpenAI-compatible servers rarely answer the JDK's cleartext HTTP/2 upgrade.
 */
public final class ProviderHttpClient implements HttpClient {

    private final java.net.http.HttpClient delegate;
    private final Duration readTimeout;

    private ProviderHttpClient(Builder builder) {
        java.net.http.HttpClient.Builder b = java.net.http.HttpClient.newBuilder().version(Version.HTTP_1_1);
        if (builder.connectTimeout != null) {
            b.connectTimeout(builder.connectTimeout);
        }
        this.delegate = b.build();
        this.readTimeout = builder.readTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder().uri(URI.create(request.url()));
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(v -> b.header(name, v));
            }
        });
        b.method(request.method().name(), request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
        if (readTimeout != null) {
            b.timeout(readTimeout);
        }
        CompletableFuture<HttpResponse<byte[]>> future = delegate.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("LLM call cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new TimeoutException(cause);
            }
            if (cause instanceof IOException io) {
                throw new RuntimeException(io);
            }
            throw cause instanceof RuntimeException re ? re : new RuntimeException(cause);
        }
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            throw new ProviderHttpException(status, new String(response.body(), StandardCharsets.UTF_8),
                    RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null)));
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(status)
                .headers(response.headers().map())
                .body(response.body())
                .build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        // streaming is never used: answers are checked whole before anything is returned
        listener.onError(new UnsupportedOperationException("streaming is not used by the summarizer"));
    }

    /** A non-2xx answer; {@code retryAfter} is null when the server did not say. */
    public static final class ProviderHttpException extends HttpException {
        private final Duration retryAfter;

        public ProviderHttpException(int statusCode, String body, Duration retryAfter) {
            super(statusCode, body);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    public static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout;
        private Duration readTimeout;

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        @Override
        public ProviderHttpClient build() {
            return new ProviderHttpClient(this);
        }
    }

    /** {@code Retry-After} in seconds or as an HTTP date. */
    public static final class RetryAfter {
        private RetryAfter() {
        }

        public static Duration parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String v = value.trim();
            try {
                double seconds = Double.parseDouble(v);
                return seconds < 0 ? null : Duration.ofMillis((long) (seconds * 1000));
            } catch (NumberFormatException notSeconds) {
                try {
                    var when = java.time.ZonedDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration d = Duration.between(java.time.Instant.now(), when.toInstant());
                    return d.isNegative() ? Duration.ZERO : d;
                } catch (RuntimeException notDate) {
                    return null;
                }
            }
        }
    }
}
