package io.digestrepair.gateway.summarizer;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/**
 * Cuts a byte stream arriving in arbitrary chunks into NDJSON lines. A body that turns out to be
 * one JSON array (the contract allows either) is handed over whole at the end.
 */
public final class NdjsonLines {

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final Consumer<byte[]> onLine;
    private final Consumer<byte[]> onArray;
    private Boolean array;

    /**
     * @param onLine  called with every non-blank line, without its line break
     * @param onArray called once, at {@link #finish()}, when the body was a JSON array
     */
    public NdjsonLines(Consumer<byte[]> onLine, Consumer<byte[]> onArray) {
        this.onLine = onLine;
        this.onArray = onArray;
    }

    public void feed(byte[] chunk) {
        int i = 0;
        if (array == null) {
            while (i < chunk.length && isWhitespace(chunk[i])) {
                i++;
            }
            if (i == chunk.length) {
                return;
            }
            array = chunk[i] == '[';
        }
        if (array) {
            pending.write(chunk, i, chunk.length - i);
            return;
        }
        // whole runs between line breaks: the stream is megabytes, a byte at a time through the buffer's lock was costly
        for (int from = i; from < chunk.length; ) {
            int nl = from;
            while (nl < chunk.length && chunk[nl] != '\n') {
                nl++;
            }
            pending.write(chunk, from, nl - from);
            if (nl == chunk.length) {
                break;
            }
            emitLine();
            from = nl + 1;
        }
    }

    public void finish() {
        if (Boolean.TRUE.equals(array)) {
            onArray.accept(pending.toByteArray());
            pending.reset();
        } else {
            emitLine();
        }
    }

    private void emitLine() {
        byte[] line = pending.toByteArray();
        pending.reset();
        int end = line.length;
        while (end > 0 && isWhitespace(line[end - 1])) {
            end--;
        }
        int start = 0;
        while (start < end && isWhitespace(line[start])) {
            start++;
        }
        if (end > start) {
            onLine.accept(start == 0 && end == line.length ? line : java.util.Arrays.copyOfRange(line, start, end));
        }
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
