package io.digestrepair.summarizer.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells what kind of failure a call ended in, looking through LangChain4j's exception wrapping. */
public final class Failures {

    private Failures() {
    }

    /** What a failed call means for the calls after it. */
    public enum Kind {
        /** Rate limits, server errors, timeouts, broken connections: retried. */
        TRANSIENT,
        /** The endpoint refused the response format: the next plainer one is tried at once. */
        FORMAT_REFUSED,
        /** The account cannot pay or is not let in: no model on this provider answers until someone acts. */
        ACCOUNT,
        /** This model does not exist here: its fallback model may still answer. */
        MODEL,
        /** Something about this one request (a 4xx none of the above): this paper falls back, the others go on. */
        REQUEST,
        /** Anything else (an unreadable answer, a bug): this paper falls back. */
        OTHER
    }

    /**
     * A classified failure.
     *
     * @param cause  for ACCOUNT and MODEL: {@code no_balance}, {@code bad_key}, {@code unknown_model}
     *               (the simulator's SIM_ACCOUNT names), or {@code refused} for a 400 no format change fixes
     * @param reason what an operator reads: "insufficient balance (HTTP 402)"
     */
    public record Failure(Kind kind, String cause, Integer status, String reason) {
    }

    /**
     * Reads a failure by its status and the provider's own error body. A 429 is a rate limit unless its code
     * is {@code insufficient_quota} (OpenAI's exhausted plan: retrying never helps, langchain-ai/langchainjs#1929);
     * DeepSeek's 402 is an empty balance and its 400 "Model Not Exist" an unknown model
     * (https://api-docs.deepseek.com/quick_start/error_codes); a 400 or 422 naming the response format is a
     * format refusal (DeepSeek: "This response_format type is unavailable now", "deepseek-reasoner does not
     * support Json Output.", "Prompt must contain the word 'json'...").
     */
    public static Failure classify(Throwable t) {
        Integer status = status(t);
        if (status == null) {
            return isTransient(t) ? new Failure(Kind.TRANSIENT, kind(t), null, kind(t)) : new Failure(Kind.OTHER, "error",
                    null, kind(t));
        }
        String body = body(t);
        String lower = body.toLowerCase(Locale.ROOT);
        String said = providerMessage(body);
        String quoted = said == null ? "" : ": " + said;
        if (status == 429 && lower.contains("insufficient_quota")) {
            return new Failure(Kind.ACCOUNT, "no_balance", status, "quota exhausted (HTTP 429 insufficient_quota" + quoted + ")");
        }
        if (isTransient(t)) {
            return new Failure(Kind.TRANSIENT, kind(t), status, describe(t));
        }
        if (status == 402) {
            return new Failure(Kind.ACCOUNT, "no_balance", status, "insufficient balance (HTTP 402" + quoted + ")");
        }
        if (status == 401 || status == 403) {
            return new Failure(Kind.ACCOUNT, "bad_key", status, "the API key was refused (HTTP " + status + quoted + ")");
        }
        if (status == 404) {
            return new Failure(Kind.MODEL, "unknown_model", status, "model not found (HTTP 404" + quoted + ")");
        }
        if ((status == 400 || status == 422) && mentionsFormat(lower)) {
            return new Failure(Kind.FORMAT_REFUSED, "refused", status, "response format refused (HTTP " + status + quoted + ")");
        }
        if (status == 400 && lower.contains("model") && (lower.contains("not exist") || lower.contains("not found")
                || lower.contains("does not exist"))) {
            return new Failure(Kind.MODEL, "unknown_model", status, "model not found (HTTP 400" + quoted + ")");
        }
        return new Failure(Kind.REQUEST, "client_error", status, "request refused (HTTP " + status + quoted + ")");
    }

    private static boolean mentionsFormat(String lowerBody) {
        return lowerBody.contains("response_format") || lowerBody.contains("json_schema")
                || lowerBody.contains("json output") || lowerBody.contains("'json'") || lowerBody.contains("json_object")
                || lowerBody.contains("\"format\"") || lowerBody.contains("structured output");
    }

    /** The error body a provider sent, or "". */
    static String body(Throwable t) {
        HttpException http = find(t, HttpException.class);
        return http == null || http.getMessage() == null ? "" : http.getMessage();
    }

    private static final Pattern MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ERROR_STRING = Pattern.compile("\"error\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * The provider's own words from its error body: OpenAI-style {@code {"error": {"message": ...}}} or Ollama's
     * {@code {"error": "..."}}; at most 160 characters, null when there are none.
     */
    static String providerMessage(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        Matcher m = MESSAGE.matcher(body);
        if (!m.find()) {
            m = ERROR_STRING.matcher(body);
            if (!m.find()) {
                return null;
            }
        }
        String said = m.group(1).replace("\\\"", "\"").strip();
        return said.isEmpty() ? null : said.length() <= 160 ? said : said.substring(0, 160) + "…";
    }

    /** Worth retrying: rate limits (not an exhausted quota), server errors, timeouts, connections that failed. */
    public static boolean isTransient(Throwable t) {
        Integer status = status(t);
        if (status != null) {
            if (status == 429 && body(t).contains("insufficient_quota")) {
                return false;
            }
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
