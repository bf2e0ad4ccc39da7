package io.digestrepair.gateway.remote;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.retry.annotation.RetryPredicate;

import java.io.IOException;

/**
 * Failures worth trying again: the peer could not be reached, timed out, or said it is
 * overloaded or restarting (429, 502, 503, 504). An answer about the request itself (other 4xx)
 * is never retried.
 */
@Introspected
public class TransientFailure implements RetryPredicate {

    @Override
    public boolean test(Throwable t) {
        return isTransient(t);
    }

    public static boolean isTransient(Throwable t) {
        if (t instanceof HttpClientResponseException r) {
            int code = r.code();
            return code == 429 || code == 502 || code == 503 || code == 504;
        }
        if (t instanceof HttpClientException || t instanceof IOException) {
            return true;
        }
        return t != null && t.getCause() != null && t.getCause() != t && isTransient(t.getCause());
    }
}
