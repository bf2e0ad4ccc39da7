package io.digestrepair.parser.digest;

/** The input is not a digest that can be read at all (as opposed to one bad line, a {@code LineProblem}). */
public class DigestReadException extends RuntimeException {

    private final int line;

    public DigestReadException(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    /** 1-based line of the input the problem is on, 0 when it is about the whole input. */
    public int line() {
        return line;
    }
}
