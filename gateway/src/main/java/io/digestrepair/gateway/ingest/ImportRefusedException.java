package io.digestrepair.gateway.ingest;

/** An import that cannot go ahead, with the HTTP status that says why. */
public class ImportRefusedException extends RuntimeException {

    private final int status;

    public ImportRefusedException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
