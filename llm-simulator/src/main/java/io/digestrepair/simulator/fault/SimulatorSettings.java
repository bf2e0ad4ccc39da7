package io.digestrepair.simulator.fault;

import io.digestrepair.simulator.profile.Account;
import io.digestrepair.simulator.profile.Profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything that shapes the simulator's answers. Read from the environment at start, replaceable at run time
 * through {@code PUT /admin/faults} under the same names.
 *
 * <p>The six rates are probabilities of exclusive outcomes of one request, so together at most 1.
 *
 * @param latencyMs         delay before every answer (errors included)
 * @param seed              makes answers and fault decisions repeatable
 * @param retryAfterSeconds the {@code Retry-After} of a 429
 * @param hangMs            how long a timeout fault holds the connection before giving up with a 504
 * @param malformedVariants the variants a malformed answer is drawn from
 * @param models            what {@code GET /v1/models} lists (any model name is answered)
 * @param profile           which provider's documented behaviour is reproduced ({@code SIM_PROFILE})
 * @param account           the account state every call answers for ({@code SIM_ACCOUNT})
 * @param rateLongThinking  {@code reasoning} profile: share of answers whose thinking outruns the server's limit
 * @param defaultMaxTokens  {@code reasoning} profile: the server's own generation limit when a request names none
 *                          (llama.cpp's {@code --n-predict}, Ollama's {@code num_predict}); 0 is none
 */
public record SimulatorSettings(
        long latencyMs,
        double rate429,
        double rate500,
        double rateTimeout,
        double rateMalformed,
        double rateWrongLanguage,
        double ratePlaceholder,
        long seed,
        int retryAfterSeconds,
        long hangMs,
        List<MalformedVariant> malformedVariants,
        List<String> models,
        Profile profile,
        Account account,
        double rateLongThinking,
        int defaultMaxTokens) {

    public static final String LATENCY_MS = "SIM_LATENCY_MS";
    public static final String RATE_429 = "SIM_RATE_429";
    public static final String RATE_500 = "SIM_RATE_500";
    public static final String RATE_TIMEOUT = "SIM_RATE_TIMEOUT";
    public static final String RATE_MALFORMED = "SIM_RATE_MALFORMED";
    public static final String RATE_WRONG_LANGUAGE = "SIM_RATE_WRONG_LANGUAGE";
    public static final String RATE_PLACEHOLDER = "SIM_RATE_PLACEHOLDER";
    public static final String SEED = "SIM_SEED";
    public static final String RETRY_AFTER_S = "SIM_RETRY_AFTER_S";
    public static final String HANG_MS = "SIM_HANG_MS";
    public static final String MALFORMED_VARIANTS = "SIM_MALFORMED_VARIANTS";
    public static final String MODELS = "SIM_MODELS";
    public static final String PROFILE = "SIM_PROFILE";
    public static final String ACCOUNT = "SIM_ACCOUNT";
    public static final String RATE_LONG_THINKING = "SIM_RATE_LONG_THINKING";
    public static final String DEFAULT_MAX_TOKENS = "SIM_DEFAULT_MAX_TOKENS";

    /** The server's idle timeouts are set above this, so a hang ends by our 504 and not by a dropped connection. */
    static final long MAX_HANG_MS = 20 * 60_000L;

    public static final SimulatorSettings DEFAULTS = new SimulatorSettings(0, 0, 0, 0, 0, 0, 0, 42, 1, 300_000,
            List.of(MalformedVariant.values()), List.of("llm-simulator"), Profile.OPENAI, Account.OK, 0.1, 1024);

    public SimulatorSettings {
        malformedVariants = List.copyOf(malformedVariants);
        models = List.copyOf(models);
        double sum = rate429 + rate500 + rateTimeout + rateMalformed + rateWrongLanguage + ratePlaceholder;
        if (sum > 1.0 + 1e-9) {
            throw new InvalidSettingException("SIM_RATE_*", "the fault rates are exclusive outcomes of one request "
                    + "and must add up to at most 1, not " + sum);
        }
        if (!profile.documents(account)) {
            // a state the provider has no documented answer for would be a guess, which this tool must not be
            throw new InvalidSettingException(ACCOUNT, "SIM_ACCOUNT=" + account.key() + " has no documented answer in "
                    + "SIM_PROFILE=" + profile.key() + "; documented: " + profile.documentedAccounts());
        }
    }

    /** The settings named in the environment over the defaults; other variables are ignored. */
    public static SimulatorSettings fromEnvironment(Map<String, String> environment) {
        Map<String, String> ours = new LinkedHashMap<>();
        for (String name : names()) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                ours.put(name, value);
            }
        }
        return DEFAULTS.with(ours);
    }

    /** These settings with the named ones replaced; an unknown name or an unusable value is rejected. */
    public SimulatorSettings with(Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>();
        asMap().forEach((k, v) -> all.put(k, String.valueOf(v)));
        for (Map.Entry<String, String> e : values.entrySet()) {
            String name = e.getKey().strip().toUpperCase(Locale.ROOT);
            if (!all.containsKey(name)) {
                throw new InvalidSettingException(e.getKey(), "unknown setting '" + e.getKey() + "'; known: "
                        + String.join(", ", all.keySet()));
            }
            all.put(name, e.getValue() == null ? "" : e.getValue().strip());
        }
        return new SimulatorSettings(
                bounded(LATENCY_MS, all.get(LATENCY_MS), 0, MAX_HANG_MS),
                rate(RATE_429, all.get(RATE_429)),
                rate(RATE_500, all.get(RATE_500)),
                rate(RATE_TIMEOUT, all.get(RATE_TIMEOUT)),
                rate(RATE_MALFORMED, all.get(RATE_MALFORMED)),
                rate(RATE_WRONG_LANGUAGE, all.get(RATE_WRONG_LANGUAGE)),
                rate(RATE_PLACEHOLDER, all.get(RATE_PLACEHOLDER)),
                bounded(SEED, all.get(SEED), Long.MIN_VALUE, Long.MAX_VALUE),
                (int) bounded(RETRY_AFTER_S, all.get(RETRY_AFTER_S), 0, 3600),
                bounded(HANG_MS, all.get(HANG_MS), 0, MAX_HANG_MS),
                variants(all.get(MALFORMED_VARIANTS)),
                list(MODELS, all.get(MODELS)),
                Profile.parse(all.get(PROFILE)),
                Account.parse(all.get(ACCOUNT)),
                rate(RATE_LONG_THINKING, all.get(RATE_LONG_THINKING)),
                (int) bounded(DEFAULT_MAX_TOKENS, all.get(DEFAULT_MAX_TOKENS), 0, 1_000_000));
    }

    public static List<String> names() {
        return List.copyOf(DEFAULTS.asMap().keySet());
    }

    public double rate(Fault fault) {
        return switch (fault) {
            case RATE_LIMIT -> rate429;
            case SERVER_ERROR -> rate500;
            case TIMEOUT -> rateTimeout;
            case MALFORMED -> rateMalformed;
            case WRONG_LANGUAGE -> rateWrongLanguage;
            case PLACEHOLDER -> ratePlaceholder;
            case REFUSED, NONE -> 0;
        };
    }

    /** The settings under their environment names. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(LATENCY_MS, latencyMs);
        m.put(RATE_429, rate429);
        m.put(RATE_500, rate500);
        m.put(RATE_TIMEOUT, rateTimeout);
        m.put(RATE_MALFORMED, rateMalformed);
        m.put(RATE_WRONG_LANGUAGE, rateWrongLanguage);
        m.put(RATE_PLACEHOLDER, ratePlaceholder);
        m.put(SEED, seed);
        m.put(RETRY_AFTER_S, retryAfterSeconds);
        m.put(HANG_MS, hangMs);
        m.put(MALFORMED_VARIANTS, String.join(",", malformedVariants.stream().map(MalformedVariant::key).toList()));
        m.put(MODELS, String.join(",", models));
        m.put(PROFILE, profile.key());
        m.put(ACCOUNT, account.key());
        m.put(RATE_LONG_THINKING, rateLongThinking);
        m.put(DEFAULT_MAX_TOKENS, defaultMaxTokens);
        return m;
    }

    private static double rate(String name, String value) {
        try {
            double d = Double.parseDouble(value);
            if (d >= 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(name, name + " must be a probability between 0 and 1, not '" + value + "'");
    }

    private static long bounded(String name, String value, long min, long max) {
        try {
            long l = Long.parseLong(value);
            if (l >= min && l <= max) {
                return l;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(name, name + " must be a whole number from " + min + " to " + max
                + ", not '" + value + "'");
    }

    private static List<MalformedVariant> variants(String value) {
        List<MalformedVariant> variants = new ArrayList<>();
        for (String key : list(MALFORMED_VARIANTS, value)) {
            MalformedVariant v = MalformedVariant.byKey(key).orElseThrow(() -> new InvalidSettingException(
                    MALFORMED_VARIANTS, "unknown malformed variant '" + key + "'; known: "
                    + Arrays.stream(MalformedVariant.values()).map(MalformedVariant::key).toList()));
            if (!variants.contains(v)) {
                variants.add(v);
            }
        }
        return variants;
    }

    private static List<String> list(String name, String value) {
        List<String> items = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) {
            throw new InvalidSettingException(name, name + " must list at least one comma-separated name");
        }
        return items;
    }
}
