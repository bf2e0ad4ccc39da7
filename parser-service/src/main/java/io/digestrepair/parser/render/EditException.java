package io.digestrepair.parser.render;

/** An edit that cannot be applied: it names a paper or field the digest does not have, or repeats one. */
public class EditException extends RuntimeException {

    private final int edit;
    private final String field;
    private final int line;

    public EditException(int edit, String field, int line, String message) {
        super(message, null, false, false);
        this.edit = edit;
        this.field = field;
        this.line = line;
    }

    /** Position of the edit in the request's list. */
    public int edit() {
        return edit;
    }

    /** The request property the problem is about, e.g. {@code edits[3].field}. */
    public String field() {
        return field;
    }

    /** 1-based line of the digest the edited paper starts on, 0 when none. */
    public int line() {
        return line;
    }
}
