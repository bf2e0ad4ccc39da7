package io.digestrepair.cli;

/** The gateway refused a request or could not be reached; the message is meant for the user. */
class GatewayException extends Exception {

    /** The gateway answered 4xx: this request is wrong, the gateway is fine. */
    static final class Refused extends GatewayException {
        Refused(String message) {
            super(message);
        }
    }

    GatewayException(String message) {
        super(message);
    }

    GatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
