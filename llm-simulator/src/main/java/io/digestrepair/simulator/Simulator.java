package io.digestrepair.simulator;

import io.digestrepair.simulator.answer.Answer;
import io.digestrepair.simulator.answer.AnswerSynthesizer;
import io.digestrepair.simulator.answer.Seeds;
import io.digestrepair.simulator.chat.ChatMessage;
import io.digestrepair.simulator.chat.ChatRequest;
import io.digestrepair.simulator.chat.ChatRequestParser;
import io.digestrepair.simulator.chat.InvalidRequestException;
import io.digestrepair.simulator.chat.OllamaRequestParser;
import io.digestrepair.simulator.fault.Fault;
import io.digestrepair.simulator.fault.FaultPlan;
import io.digestrepair.simulator.fault.FaultyContent;
import io.digestrepair.simulator.fault.MalformedVariant;
import io.digestrepair.simulator.fault.SimulatorSettings;
import io.digestrepair.simulator.profile.Profile;
import io.digestrepair.simulator.profile.ProviderRules;
import io.digestrepair.simulator.profile.Thinking;
import io.digestrepair.simulator.wire.ChatCompletion;
import io.digestrepair.simulator.wire.ModelList;
import io.digestrepair.simulator.wire.OpenAiError;
import io.digestrepair.simulator.wire.StatsSnapshot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulated model: turns a chat request into a reply, good or faulty, and keeps the counts. Knows nothing
 * of HTTP; the caller sends the reply after {@link Reply#delayMs()} and then calls {@link #answered()}.
 */
public final class Simulator {

    private final SimulatorSettings environment;
    private final AtomicReference<SimulatorSettings> settings;
    private final ChatRequestParser parser = new ChatRequestParser();
    private final OllamaRequestParser ollamaParser = new OllamaRequestParser();
    private final AnswerSynthesizer synthesizer = new AnswerSynthesizer();
    private final FaultPlan plan = new FaultPlan();
    private final Stats stats;
    private final Clock clock;

    public Simulator(SimulatorSettings environment, Clock clock) {
        this.environment = environment;
        this.settings = new AtomicReference<>(environment);
        this.clock = clock;
        this.stats = new Stats(clock);
    }

    /**
     * The reply to a raw request body.
     *
     * @throws InvalidRequestException when the body is no chat request the simulator can answer
     */
    public Reply reply(String body) {
        return counted(() -> reply(parser.parse(body), settings.get()));
    }

    /** The reply to an Ollama native chat request ({@code POST /api/chat}); the HTTP side writes it in Ollama's shape. */
    public Reply replyNative(String body) {
        return counted(() -> reply(ollamaParser.parse(body), settings.get()));
    }

    /** Counts a request as received, then as refused (not a chat request) or answered (it failed on the way). */
    private Reply counted(java.util.function.Supplier<Reply> answer) {
        stats.received();
        try {
            return answer.get();
        } catch (InvalidRequestException e) {
            stats.refused();
            throw e;
        } catch (RuntimeException e) {
            stats.answered();
            throw e;
        }
    }

    /** Called once the reply of a request was sent (or given up on). */
    public void answered() {
        stats.answered();
    }

    private Reply reply(ChatRequest request, SimulatorSettings s) {
        // the provider's own refusals come before any luck: a wrong key fails every call, whatever the dice say
        ProviderRules.Refusal refusal = ProviderRules.account(s.profile(), s.account(), request);
        if (refusal == null) {
            refusal = ProviderRules.format(s.profile(), request);
        }
        if (refusal != null) {
            stats.decided(Fault.REFUSED, null, null);
            return new Reply.Failure(refusal.status(), refusal.body(), refusal.retryAfterSeconds(), Fault.REFUSED,
                    s.latencyMs());
        }
        long key = requestKey(request);
        FaultPlan.Decision decision = plan.next(s, key);
        Fault fault = decision.fault();
        switch (fault) {
            case RATE_LIMIT -> {
                stats.decided(fault, null, null);
                ProviderRules.Refusal limited = ProviderRules.rateLimited(s.profile(), s.retryAfterSeconds());
                return new Reply.Failure(429, limited.body(), limited.retryAfterSeconds(), fault, s.latencyMs());
            }
            case SERVER_ERROR -> {
                stats.decided(fault, null, null);
                return new Reply.Failure(500, OpenAiError.serverError(), null, fault, s.latencyMs());
            }
            case TIMEOUT -> {
                stats.decided(fault, null, null);
                return new Reply.Failure(504, OpenAiError.timedOut(), null, fault, s.hangMs());
            }
            default -> {
                Answer answer = synthesizer.answer(request, s.seed());
                MalformedVariant variant = null;
                String content = switch (fault) {
                    case MALFORMED -> {
                        List<MalformedVariant> variants = s.malformedVariants();
                        variant = variants.get(decision.random().nextInt(variants.size()));
                        yield FaultyContent.malformed(answer, variant);
                    }
                    case WRONG_LANGUAGE -> FaultyContent.wrongLanguage(answer, decision.random());
                    case PLACEHOLDER -> FaultyContent.placeholder(answer, decision.random());
                    default -> FaultyContent.good(answer);
                };
                ChatCompletion completion = completion(request, content,
                        Seeds.mix(s.seed(), key, decision.attempt()), s, decision.random());
                stats.decided(fault, variant, completion.usage());
                return new Reply.Completion(completion, fault, s.latencyMs());
            }
        }
    }

    private ChatCompletion completion(ChatRequest request, String content, long id, SimulatorSettings s,
                                      SplittableRandom random) {
        String reasoning = null;
        Integer max = request.maxTokens();
        if (s.profile() == Profile.REASONING) {
            // the answer follows the model's thinking in the content, which counts against the token limit
            content = Thinking.block(request, random, s.rateLongThinking(), s.defaultMaxTokens()) + content;
            if (max == null && s.defaultMaxTokens() > 0) {
                max = s.defaultMaxTokens();
            }
        } else if (s.profile() == Profile.DEEPSEEK && ProviderRules.isDeepSeekReasoner(request)) {
            reasoning = Thinking.text(random, 80);
        }
        int prompt = tokens(request.promptCharacters());
        int completion = tokens(content.length()) + (reasoning == null ? 0 : tokens(reasoning.length()));
        String finish = "stop";
        if (max != null && completion > max) {
            // what a real model does at its token limit: stop mid-answer and say so
            int cut = Math.min(content.length(), max * 4);
            if (cut > 0 && Character.isHighSurrogate(content.charAt(cut - 1))) {
                cut--;
            }
            content = content.substring(0, cut);
            completion = max;
            finish = "length";
        }
        return new ChatCompletion("chatcmpl-sim-" + Long.toHexString(id), "chat.completion",
                clock.instant().getEpochSecond(), request.model(),
                List.of(new ChatCompletion.Choice(0, new ChatCompletion.Message("assistant", content, reasoning), finish)),
                usage(s.profile(), request, prompt, completion), "fp_llm_simulator");
    }

    /**
     * Token counts as each provider reports them. The system prompt is the prefix every call repeats, so it is
     * counted as cached, as if it had been seen before: DeepSeek caches prefixes in 64-token units and reports
     * hits and misses (https://api-docs.deepseek.com/guides/kv_cache); OpenAI caches prompts of 1,024 tokens
     * or more, in 128-token steps, under {@code prompt_tokens_details.cached_tokens}
     * (https://platform.openai.com/docs/guides/prompt-caching).
     */
    private static ChatCompletion.Usage usage(Profile profile, ChatRequest request, int prompt, int completion) {
        int system = 0;
        for (ChatMessage m : request.messages()) {
            if (m.role().equals("system")) {
                system += tokens(m.content().length());
            }
        }
        int total = prompt + completion;
        return switch (profile) {
            case DEEPSEEK -> {
                int hit = Math.min(prompt, system / 64 * 64);
                yield new ChatCompletion.Usage(prompt, completion, total, null, hit, prompt - hit);
            }
            case OPENAI -> new ChatCompletion.Usage(prompt, completion, total,
                    new ChatCompletion.PromptTokensDetails(prompt >= 1024 ? Math.min(prompt, system / 128 * 128) : 0),
                    null, null);
            default -> new ChatCompletion.Usage(prompt, completion, total);
        };
    }

    /** About four characters a token, as for English text with common tokenizers. */
    static int tokens(int characters) {
        return Math.max(1, (characters + 3) / 4);
    }

    /** Identifies "the same request" across retries: its messages, whatever the other parameters. */
    private static long requestKey(ChatRequest request) {
        List<String> parts = new ArrayList<>();
        for (ChatMessage m : request.messages()) {
            parts.add(m.role());
            parts.add(m.content());
        }
        return Seeds.of(parts.toArray(String[]::new));
    }

    public ModelList models() {
        long created = 1_735_689_600L; // 2025-01-01, fixed so the list is the same on every call
        return new ModelList("list", settings.get().models().stream()
                .map(id -> new ModelList.Model(id, "model", created, "llm-simulator"))
                .toList());
    }

    public SimulatorSettings settings() {
        return settings.get();
    }

    /** The environment's settings with these replaced ({@code PUT}: unnamed settings return to the environment's). */
    public SimulatorSettings replaceSettings(Map<String, String> values) {
        SimulatorSettings s = environment.with(values);
        settings.set(s);
        return s;
    }

    /** The current settings with these replaced ({@code PATCH}). */
    public SimulatorSettings updateSettings(Map<String, String> values) {
        return settings.updateAndGet(current -> current.with(values));
    }

    public StatsSnapshot stats() {
        return stats.snapshot();
    }

    /** Zeroes the counts and forgets earlier attempts, so the same run gets the same faults again. */
    public StatsSnapshot reset() {
        plan.reset();
        stats.reset();
        return stats.snapshot();
    }
}
