package io.digestrepair.simulator.fault;

/** A simulator setting (environment variable or admin value) that cannot be used. */
public class InvalidSettingException extends IllegalArgumentException {

    private final String setting;

    public InvalidSettingException(String setting, String detail) {
        super(detail);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
