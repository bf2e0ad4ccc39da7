package io.digestrepair.parser.restore;

/** A restore that cannot be made from what was sent: names the part ({@code crawl}, {@code source}) and the line. */
public class RestoreException extends RuntimeException {

    private final String part;
    private final int line;

    public RestoreException(String part, int line, String message) {
        super(message, null, false, false);
        this.part = part;
        this.line = line;
    }

    public String part() {
        return part;
    }

    /** 1-based line of the part, 0 when the problem is about all of it. */
    public int line() {
        return line;
    }
}
