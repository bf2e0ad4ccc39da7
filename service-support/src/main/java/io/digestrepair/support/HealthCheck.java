package io.digestrepair.support;

/** A part a service needs to be healthy (a store, a peer); every bean of this type is asked by {@code GET /health}. */
public interface HealthCheck {

    String name();

    /** Throws, or returns false, when the part is unusable. */
    boolean isUp() throws Exception;
}
