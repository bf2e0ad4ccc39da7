package io.digestrepair.simulator.fault;

/** What the simulator does to one request. The order is the order rates are stacked in (see {@link FaultPlan}). */
public enum Fault {
    RATE_LIMIT("rateLimited"),
    SERVER_ERROR("serverError"),
    TIMEOUT("timeout"),
    MALFORMED("malformed"),
    WRONG_LANGUAGE("wrongLanguage"),
    PLACEHOLDER("placeholder"),
    /** Refused by the provider's rules: the account state, or a response format the profile does not take. */
    REFUSED("refused"),
    /** No fault: a well-formed, checked answer. */
    NONE("ok");

    private final String key;

    Fault(String key) {
        this.key = key;
    }

    /** The name in {@code /stats}. */
    public String key() {
        return key;
    }
}
