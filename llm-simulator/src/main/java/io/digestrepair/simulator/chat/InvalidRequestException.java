package io.digestrepair.simulator.chat;

/** What the client sent cannot be a request this simulator understands; answered with a 400. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String detail, String field) {
        super(detail, null, false, false);
        this.field = field;
    }

    /** The JSON property (or setting) at fault, or null when the whole body is. */
    public String field() {
        return field;
    }
}
