package io.digestrepair.parser.diagnosis;

import io.digestrepair.core.wire.LineProblem;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * NUL bytes inside a text digest: an LLM sometimes writes one into a field. The digest is still
 * read (and rendered byte for byte); each NUL is reported with its line so that its owner can find it.
 */
final class NulBytes {

    /** More than this many are summed up in one last problem: a digest full of NULs needs no list. */
    private static final int MAX_REPORTED = 20;

    private NulBytes() {
    }

    static List<LineProblem> withProblems(List<LineProblem> problems, byte[] source) {
        if (!hasNul(source)) {
            return problems;
        }
        List<LineProblem> nuls = new ArrayList<>();
        int line = 1;
        int more = 0;
        for (int i = 0; i < source.length; i++) {
            byte b = source[i];
            if (b == '\n') {
                line++;
            } else if (b == 0) {
                if (nuls.size() < MAX_REPORTED) {
                    nuls.add(new LineProblem(line, "a NUL byte at byte " + i + " (kept as it is; a digest is text)"));
                } else {
                    more++;
                }
            }
        }
        if (nuls.isEmpty()) {
            return problems;
        }
        if (more > 0) {
            nuls.add(new LineProblem(line, more + " more NUL bytes"));
        }
        List<LineProblem> all = new ArrayList<>(problems);
        all.addAll(nuls);
        all.sort(Comparator.comparingInt(LineProblem::line));
        return List.copyOf(all);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Eight bytes at a time: almost no digest has a NUL, and this scan touches every byte of every one. */
    static boolean hasNul(byte[] b) {
        int i = 0;
        for (; i + 8 <= b.length; i += 8) {
            long x = (long) LONGS.get(b, i);
            // the classic "has a zero byte" test: non-zero exactly when one of the eight bytes is 0
            if (((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0) {
                return true;
            }
        }
        for (; i < b.length; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
