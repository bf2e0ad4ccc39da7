package io.digestrepair.summarizer.llm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;

/**
 * What one endpoint and model were found to take, for the life of the process: the response format (from the
 * strictest it is known to support, one step plainer each time the provider refuses one with its documented
 * 400) and the token limit (none at first; raised when an answer came back cut off at the limit, as a reasoning
 * model's long thinking does).
 *
 * <p>Until a call succeeded in the current format, calls go out one at a time: a refusal then costs one call,
 * not one per paper in flight, and an account that cannot pay is found by one call too.
 */
public final class Negotiation {

    /** The limit sent after the first cut-off answer: room for a reasoning model's thinking and the five fields. */
    public static final int RAISED_MAX_TOKENS = 4096;
    /** Never more than this, however often answers are cut off. */
    public static final int MAX_TOKENS_CEILING = 16384;

    /** What {@code GET /summaries/info} shows of it. */
    @Serdeable
    public record View(String baseUrl, String model, String responseFormat, boolean forced, boolean confirmed,
                       @Nullable Integer maxTokens, List<String> refused) {
    }

    private final String baseUrl;
    private final String model;
    private final boolean forced;
    private final Semaphore probe = new Semaphore(1, true);
    private ResponseMode mode;
    private Integer maxTokens;
    private boolean confirmed;
    private final List<String> refused = new ArrayList<>();

    /** {@code forced} is {@code LLM_RESPONSE_FORMAT} when set: then the format never changes. */
    public Negotiation(String baseUrl, String model, @Nullable ResponseMode forced, boolean nativeOllama) {
        this.baseUrl = baseUrl;
        this.model = model;
        this.forced = forced != null;
        this.mode = forced != null ? forced : startingMode(baseUrl, model, nativeOllama);
    }

    /**
     * Where negotiation starts: what the endpoint is documented to take. DeepSeek's API has JSON mode but no
     * structured outputs (https://api-docs.deepseek.com/api/create-chat-completion), and its reasoner no JSON
     * output at all (https://api-docs.deepseek.com/guides/reasoning_model); everything else starts at the schema.
     */
    static ResponseMode startingMode(String baseUrl, String model, boolean nativeOllama) {
        if (!nativeOllama && isDeepSeek(baseUrl)) {
            return model.toLowerCase(Locale.ROOT).contains("reasoner") ? ResponseMode.TEXT : ResponseMode.JSON_OBJECT;
        }
        return ResponseMode.JSON_SCHEMA;
    }

    static boolean isDeepSeek(String baseUrl) {
        String host = host(baseUrl);
        return host != null && (host.equals("deepseek.com") || host.endsWith(".deepseek.com"));
    }

    static String host(String baseUrl) {
        try {
            return baseUrl == null ? null : URI.create(baseUrl.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public synchronized ResponseMode mode() {
        return mode;
    }

    public synchronized Integer maxTokens() {
        return maxTokens;
    }

    public synchronized boolean confirmed() {
        return confirmed;
    }

    /**
     * Waits, while the format is unconfirmed, until no other call is out with it; returns true when the caller
     * holds the probe and must {@link #release()} it. False once confirmed: calls then go out side by side.
     */
    public boolean awaitTurn() throws InterruptedException {
        if (confirmed()) {
            return false;
        }
        probe.acquire();
        if (confirmed()) {
            probe.release();
            return false;
        }
        return true;
    }

    public void release() {
        probe.release();
    }

    /** A call in the current format was answered. */
    public synchronized void confirm(ResponseMode used) {
        if (used == mode) {
            confirmed = true;
        }
    }

    /**
     * The provider refused {@code used}: moves one step plainer, unless another call already did. False when
     * nothing plainer is left to try (or the format is forced), so the refusal is not the format's.
     */
    public synchronized boolean refused(ResponseMode used, String reason) {
        if (used != mode) {
            return true; // another call moved on already: retry in the current one
        }
        ResponseMode next = forced ? null : mode.plainer();
        if (next == null) {
            return false;
        }
        refused.add(used.key() + ": " + reason);
        mode = next;
        confirmed = false;
        return true;
    }

    /** An answer came back cut off at {@code used} tokens (null: the server's own limit): the limit is raised. */
    public synchronized int truncated(Integer used) {
        int raised = used == null ? RAISED_MAX_TOKENS : Math.min(MAX_TOKENS_CEILING, Math.max(RAISED_MAX_TOKENS, used * 2));
        if (maxTokens == null || maxTokens < raised) {
            maxTokens = raised;
        }
        return maxTokens;
    }

    /** The model thinks in its content: the limit is raised once, as after a cut-off answer. */
    public synchronized void thinks() {
        if (maxTokens == null) {
            maxTokens = RAISED_MAX_TOKENS;
        }
    }

    public synchronized View view() {
        return new View(baseUrl, model, mode.key(), forced, confirmed, maxTokens, List.copyOf(refused));
    }
}
