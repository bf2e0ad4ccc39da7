package io.digestrepair.summarizer.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;

/** Tells what kind of failure a call ended in, looking through LangChain4j's exception wrapping. */
public final class Failures {

    private Failures() {
    }

    /** Worth retrying: rate limits, server errors, timeouts, connections that failed. */
    public static boolean isTransient(Throwable t) {
        Integer status = status(t);
        if (status != null) {
            return status == 408 || status == 409 || status == 429 || status >= 500;
        }
        return find(t, TimeoutException.class) != null
                || find(t, java.net.http.HttpTimeoutException.class) != null
                || find(t, IOException.class) != null;
    }

    public static boolean isCancellation(Throwable t) {
        return find(t, CancellationException.class) != null || find(t, InterruptedException.class) != null
                || Thread.currentThread().isInterrupted();
    }

    public static Integer status(Throwable t) {
        HttpException http = find(t, HttpException.class);
        return http == null ? null : http.statusCode();
    }

    /** The server's Retry-After, or null. */
    public static Duration retryAfter(Throwable t) {
        ProviderHttpClient.ProviderHttpException e = find(t, ProviderHttpClient.ProviderHttpException.class);
        return e == null ? null : e.retryAfter();
    }

    /** A short name for metrics and provenance: rate_limited, server_error, timeout, connection, client_error, error. */
    public static String kind(Throwable t) {
        Integer status = status(t);
        if (status != null) {
            if (status == 429) {
                return "rate_limited";
            }
            if (status >= 500) {
                return "server_error";
            }
            return "client_error";
        }
        if (find(t, TimeoutException.class) != null || find(t, java.net.http.HttpTimeoutException.class) != null) {
            return "timeout";
        }
        if (find(t, IOException.class) != null) {
            return "connection";
        }
        return "error";
    }

    public static String describe(Throwable t) {
        Integer status = status(t);
        String kind = kind(t);
        return status != null ? kind + " (HTTP " + status + ")" : kind;
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
