package io.digestrepair.offline.role;

import java.util.Locale;

/** The rhetorical role of a sentence in an abstract, as CSAbstruct labels them. */
public enum Role {
    BACKGROUND, OBJECTIVE, METHOD, RESULT, OTHER;

    private static final Role[] VALUES = values();

    public static final int COUNT = VALUES.length;

    /** The CSAbstruct label. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(int ordinal) {
        return VALUES[ordinal];
    }

    public static Role ofLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
