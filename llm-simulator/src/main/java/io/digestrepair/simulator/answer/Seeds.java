package io.digestrepair.simulator.answer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;

/**
 * Stable seeds: the same inputs give the same seed in every JVM and run (unlike {@code String.hashCode} mixes or
 * {@code Random} shared state), which is what makes a simulated run repeatable under {@code SIM_SEED}.
 */
public final class Seeds {

    private Seeds() {
    }

    /** A 64-bit digest of texts; the separator keeps ("ab","c") and ("a","bc") apart. */
    public static long of(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            byte[] d = sha.digest();
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xff);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Combines seeds with the SplitMix64 finaliser, so that nearby inputs give unrelated outputs. */
    public static long mix(long... values) {
        long h = 0x9E3779B97F4A7C15L;
        for (long v : values) {
            h ^= v;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
            h *= 0x94D049BB133111EBL;
            h ^= h >>> 29;
        }
        return h;
    }

    public static SplittableRandom random(long... values) {
        return new SplittableRandom(mix(values));
    }
}
