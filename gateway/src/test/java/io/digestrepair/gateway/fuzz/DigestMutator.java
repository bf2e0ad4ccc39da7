package io.digestrepair.gateway.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of real digests, of the kinds a digest meets on its way (an LLM's stray bytes, a
 * copy cut short, an editor's line endings, a Windows tool's UTF-16): the same seed gives the same cases.
 */
public final class DigestMutator {

    /** One mutated digest and what was done to it, to name a failing case. */
    public record Case(int number, byte[] body, List<String> mutations) {
    }

    private static final String[] MUTATIONS = {"flip", "truncate", "insert-details", "remove-details", "duplicate-header",
            "crlf-mix", "cr-only", "long-line", "invalid-utf8", "bom", "utf16", "nul", "swap-lines", "empty-fields"};

    private final Random random;

    public DigestMutator(long seed) {
        this.random = new Random(seed);
    }

    /** A window of the source at line starts (so that cases stay small), mutated one to three times. */
    public Case next(int number, byte[] source, int window) {
        byte[] body = window(source, window);
        List<String> done = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String m = MUTATIONS[random.nextInt(MUTATIONS.length)];
            body = apply(m, body);
            done.add(m);
        }
        return new Case(number, body, done);
    }

    private byte[] window(byte[] source, int window) {
        if (source.length <= window) {
            return source.clone();
        }
        int from = lineStart(source, random.nextInt(source.length - window));
        int to = Math.min(source.length, from + window / 2 + random.nextInt(window / 2));
        byte[] out = new byte[to - from];
        System.arraycopy(source, from, out, 0, out.length);
        return out;
    }

    private static int lineStart(byte[] b, int at) {
        int i = at;
        while (i > 0 && b[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    byte[] apply(String mutation, byte[] b) {
        return switch (mutation) {
            case "flip" -> flip(b);
            case "truncate" -> b.length < 2 ? b : java.util.Arrays.copyOf(b, random.nextInt(b.length));
            case "insert-details" -> insertAtLine(b, random.nextBoolean() ? "<details>\n" : "</details>\n");
            case "remove-details" -> utf8(text(b).replaceFirst(random.nextBoolean() ? "<details>" : "</details>", ""));
            case "duplicate-header" -> duplicateLine(b, random.nextBoolean() ? "### [" : "TL;DR:");
            case "crlf-mix" -> crlfMix(b);
            case "cr-only" -> utf8(text(b).replace("\n", "\r"));
            case "long-line" -> insertAtLine(b, "Abstract: " + "word ".repeat(20_000 + random.nextInt(60_000)) + "\n");
            case "invalid-utf8" -> insert(b, new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xE2, (byte) 0x82});
            case "bom" -> concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b);
            case "utf16" -> text(b).getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16);
            case "nul" -> insert(b, new byte[]{0});
            case "swap-lines" -> swapLines(b);
            case "empty-fields" -> utf8(text(b).replaceAll("(?m)^(TL;DR|Motivation|Method|Result|Conclusion): .*$", "$1: "));
            default -> throw new IllegalArgumentException(mutation);
        };
    }

    private byte[] flip(byte[] b) {
        byte[] out = b.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            out[at] = (byte) (out[at] ^ (1 << random.nextInt(8)));
        }
        return out;
    }

    private byte[] insert(byte[] b, byte[] what) {
        int at = b.length == 0 ? 0 : random.nextInt(b.length);
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(b, at, out, at + what.length, b.length - at);
        return out;
    }

    private byte[] insertAtLine(byte[] b, String line) {
        int at = b.length == 0 ? 0 : lineStart(b, random.nextInt(b.length));
        byte[] what = utf8(line);
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(b, at, out, at + what.length, b.length - at);
        return out;
    }

    private byte[] duplicateLine(byte[] b, String prefix) {
        String[] lines = text(b).split("\n", -1);
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                matching.add(i);
            }
        }
        if (matching.isEmpty()) {
            return b;
        }
        int i = matching.get(random.nextInt(matching.size()));
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < lines.length; k++) {
            out.append(lines[k]);
            if (k == i) {
                out.append('\n').append(lines[k]);
            }
            if (k < lines.length - 1) {
                out.append('\n');
            }
        }
        return utf8(out.toString());
    }

    private byte[] crlfMix(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + b.length / 20);
        for (byte x : b) {
            if (x == '\n' && random.nextInt(3) == 0) {
                out.write('\r');
            }
            out.write(x);
        }
        return out.toByteArray();
    }

    private byte[] swapLines(byte[] b) {
        String[] lines = text(b).split("\n", -1);
        if (lines.length < 2) {
            return b;
        }
        int i = random.nextInt(lines.length - 1);
        String t = lines[i];
        lines[i] = lines[i + 1];
        lines[i + 1] = t;
        return utf8(String.join("\n", lines));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // lossy on purpose for bytes that are not UTF-8: what a text tool would do to them
    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
