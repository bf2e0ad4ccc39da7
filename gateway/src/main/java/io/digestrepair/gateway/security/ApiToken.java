package io.digestrepair.gateway.security;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/** GATEWAY_API_TOKEN: when set, every write must carry {@code Authorization: Bearer <token>}; reads stay public. */
public final class ApiToken {

    private final byte[] expected;

    public ApiToken(@Nullable String token) {
        this.expected = token == null || token.isBlank() ? null : token.trim().getBytes(StandardCharsets.UTF_8);
    }

    public boolean required() {
        return expected != null;
    }

    /** Whether a request with this Authorization header may write. */
    public boolean permits(@Nullable String authorization) {
        if (expected == null) {
            return true;
        }
        if (authorization == null) {
            return false;
        }
        String value = authorization.trim();
        if (value.length() < 7 || !value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return false;
        }
        byte[] given = value.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        // constant time: the comparison does not tell how much of a guess was right
        return MessageDigest.isEqual(expected, given);
    }

    /** Methods that change something. */
    public static boolean isWrite(String method) {
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD", "OPTIONS", "TRACE" -> false;
            default -> true;
        };
    }
}
