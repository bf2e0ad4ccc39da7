package io.digestrepair.simulator.profile;

import io.digestrepair.simulator.fault.InvalidSettingException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which provider the simulator behaves like ({@code SIM_PROFILE}). Each reproduces what that provider's
 * documentation and its users' bug reports show, with its own status codes and error bodies; the sources are
 * named in {@link ProviderRules}. A profile answers only the account states its provider documents.
 */
public enum Profile {
    /** OpenAI's chat completions: structured outputs ({@code json_schema} strict) and JSON mode. The default. */
    OPENAI("openai", EnumSet.allOf(Account.class)),
    /** DeepSeek's chat API: JSON mode only, a 402 for an empty balance, {@code deepseek-reasoner}'s reasoning. */
    DEEPSEEK("deepseek", EnumSet.allOf(Account.class)),
    /**
     * A local Ollama server: the native {@code /api/chat} (its {@code format} a schema or {@code "json"}) and its
     * OpenAI-compatible {@code /v1}. A local server has no account: only a model that is not pulled is documented.
     */
    OLLAMA("ollama", EnumSet.of(Account.OK, Account.UNKNOWN_MODEL)),
    /**
     * An OpenAI-compatible local server (vLLM, llama.cpp server, Ollama's /v1) running a reasoning model: the
     * content opens with a {@code <think>} block, and long thinking runs into the server's token limit. Such a
     * server has no balance; an API key ({@code vllm serve --api-key}) and a served model name it has.
     */
    REASONING("reasoning", EnumSet.of(Account.OK, Account.BAD_KEY, Account.UNKNOWN_MODEL));

    private final String key;
    private final Set<Account> documented;

    Profile(String key, Set<Account> documented) {
        this.key = key;
        this.documented = documented;
    }

    public String key() {
        return key;
    }

    public boolean documents(Account account) {
        return documented.contains(account);
    }

    public List<String> documentedAccounts() {
        return documented.stream().map(Account::key).toList();
    }

    public static Profile parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.key.equals(v)).findFirst()
                .orElseThrow(() -> new InvalidSettingException("SIM_PROFILE", "SIM_PROFILE must be one of "
                        + Arrays.stream(values()).map(Profile::key).toList() + ", not '" + value + "'"));
    }
}
