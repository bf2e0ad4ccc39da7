package io.digestrepair.offline.role;

/**
 * 64-bit names for features, so the model stores a number per feature instead of a string and
 * inference builds no strings. Collisions among some 10^5 features in 2^64 are not a concern.
 */
final class FeatureHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    static long of(String template) {
        return finish(mix(OFFSET, template));
    }

    static long of(String template, String value) {
        return finish(mix(mix(OFFSET, template) * PRIME ^ 0x1F, value));
    }

    static long of(String template, String a, String b) {
        return finish(mix(mix(mix(OFFSET, template) * PRIME ^ 0x1F, a) * PRIME ^ 0x1E, b));
    }

    static long of(String template, int value) {
        return finish((mix(OFFSET, template) * PRIME ^ 0x1F) * PRIME ^ (value + 0x100));
    }

    static long of(String template, int value, String b) {
        return finish(mix((mix(OFFSET, template) * PRIME ^ 0x1F) * PRIME ^ (value + 0x100), b));
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    /** Murmur3's finaliser: FNV leaves the high bits of short inputs poorly mixed. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
