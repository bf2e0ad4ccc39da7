package io.digestrepair.summarizer.llm;

import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Whether a provider's models may still be called. An error that no retry mends (an empty balance, a refused
 * key, a model that does not exist) stops the calls at once, for every paper in flight and queued: an account
 * error stops every model of the provider, an unknown model only that model. Until the process restarts:
 * nothing changes on the provider's side without someone acting.
 */
public final class LlmHealth {

    private static final Logger LOG = LoggerFactory.getLogger(LlmHealth.class);

    /**
     * Why calls stopped.
     *
     * @param cause   {@code no_balance}, {@code bad_key}, {@code unknown_model}, {@code refused}
     * @param reason  "DeepSeek refused deepseek-chat: insufficient balance (HTTP 402: Insufficient Balance)"
     * @param remedy  what the operator does about it: "top up the account"
     * @param model   the model stopped, null when the whole account is
     */
    public record Stop(String cause, @Nullable Integer status, String reason, String remedy, @Nullable String model) {
    }

    /** What {@code GET /summaries/info} and each affected answer say: ok, fallback (the main model is stopped), stopped. */
    public record State(String state, @Nullable String reason, @Nullable String remedy) {
        public static final State OK = new State("ok", null, null);
    }

    private final String provider;
    private final AtomicReference<Stop> account = new AtomicReference<>();
    private final Map<String, Stop> models = new ConcurrentHashMap<>();
    private final Consumer<Stop> onStop;

    /** {@code provider} names the endpoint as an operator knows it ("DeepSeek", "OpenAI", "127.0.0.1:8090"). */
    public LlmHealth(String provider, Consumer<Stop> onStop) {
        this.provider = provider;
        this.onStop = onStop;
    }

    public String provider() {
        return provider;
    }

    /** Why {@code model} must not be called, or null when it may. */
    @Nullable
    public Stop stopped(String model) {
        Stop a = account.get();
        return a != null ? a : models.get(model);
    }

    /** Records a fatal failure of a call to {@code model}; the first of each cause is logged and counted. */
    public Stop stop(Failures.Failure failure, String model) {
        String reason = provider + " refused " + model + ": " + failure.reason();
        Stop stop = new Stop(failure.cause(), failure.status(), reason, remedy(failure.cause()),
                failure.kind() == Failures.Kind.ACCOUNT ? null : model);
        Stop first;
        if (failure.kind() == Failures.Kind.ACCOUNT) {
            first = account.compareAndExchange(null, stop);
        } else {
            first = models.putIfAbsent(model, stop);
        }
        if (first != null) {
            return first;
        }
        LOG.warn("{}; no more calls to {} until the summarizer restarts: papers go to {}; {}", reason,
                stop.model() == null ? provider : model, "the fallback model, then the offline engine", stop.remedy());
        onStop.accept(stop);
        return stop;
    }

    /** The state for models tried in this order (main, then fallback). */
    public State state(List<String> modelsInOrder) {
        Stop a = account.get();
        if (a != null) {
            return new State("stopped", a.reason(), a.remedy());
        }
        Stop main = modelsInOrder.isEmpty() ? null : models.get(modelsInOrder.getFirst());
        if (main == null) {
            return State.OK;
        }
        boolean fallbackAlive = modelsInOrder.stream().skip(1).anyMatch(m -> !models.containsKey(m));
        return new State(fallbackAlive ? "fallback" : "stopped", main.reason(), main.remedy());
    }

    private static String remedy(String cause) {
        return switch (cause) {
            case "no_balance" -> "top up the account";
            case "bad_key" -> "check OPENAI_API_KEY";
            case "unknown_model" -> "check MODEL_NAME (for Ollama: ollama pull it)";
            default -> "check LLM_RESPONSE_FORMAT and the endpoint";
        };
    }

    /** The name an operator knows the endpoint by. */
    public static String providerName(String baseUrl, boolean nativeOllama) {
        String host = Negotiation.host(baseUrl);
        if (host == null) {
            return String.valueOf(baseUrl);
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("deepseek.com") || h.endsWith(".deepseek.com")) {
            return "DeepSeek";
        }
        if (h.equals("openai.com") || h.endsWith(".openai.com")) {
            return "OpenAI";
        }
        int port = java.net.URI.create(baseUrl.trim()).getPort();
        if (nativeOllama || port == 11434) {
            return "Ollama at " + host + (port > 0 ? ":" + port : "");
        }
        return host + (port > 0 ? ":" + port : "");
    }
}
