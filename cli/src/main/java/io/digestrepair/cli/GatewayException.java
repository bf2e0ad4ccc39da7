package io.digestrepair.cli;

/** The gateway refused a request or could not be reached; the message is meant for the user. */
final class GatewayException extends Exception {

    GatewayException(String message) {
        super(message);
    }

    GatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
