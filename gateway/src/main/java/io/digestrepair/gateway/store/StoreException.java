package io.digestrepair.gateway.store;

import java.sql.SQLException;

/** The store failed: not the client's fault, so never answered as a 4xx. */
public class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
