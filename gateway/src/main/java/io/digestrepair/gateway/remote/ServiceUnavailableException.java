package io.digestrepair.gateway.remote;

/** A peer service (parser, summarizer) cannot be reached or is overloaded: worth waiting for. */
public class ServiceUnavailableException extends RuntimeException {

    private final String service;

    public ServiceUnavailableException(String service, Throwable cause) {
        super(service + " unavailable: " + describe(cause), cause);
        this.service = service;
    }

    public String service() {
        return service;
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
