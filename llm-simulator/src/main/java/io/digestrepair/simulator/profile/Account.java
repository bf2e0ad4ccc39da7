package io.digestrepair.simulator.profile;

import io.digestrepair.simulator.fault.InvalidSettingException;

import java.util.Arrays;
import java.util.Locale;

/** The state of the account the calls are made with ({@code SIM_ACCOUNT}): every call answers it. */
public enum Account {
    OK("ok"),
    /** The plan or balance is exhausted: no call succeeds until someone pays. */
    NO_BALANCE("no_balance"),
    /** The API key is wrong or revoked. */
    BAD_KEY("bad_key"),
    /** The model named in the request does not exist (or is not pulled, or not served). */
    UNKNOWN_MODEL("unknown_model");

    private final String key;

    Account(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Account parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.key.equals(v)).findFirst()
                .orElseThrow(() -> new InvalidSettingException("SIM_ACCOUNT", "SIM_ACCOUNT must be one of "
                        + Arrays.stream(values()).map(Account::key).toList() + ", not '" + value + "'"));
    }
}
