package io.digestrepair.gateway.store;

import io.digestrepair.support.HealthCheck;
import jakarta.inject.Singleton;

/** The gateway is up when its store answers; the parser and summarizer are not part of it (a job waits for them). */
@Singleton
public class StoreHealthCheck implements HealthCheck {

    private final Jdbc jdbc;

    public StoreHealthCheck(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "store";
    }

    @Override
    public boolean isUp() {
        return jdbc.queryOne("SELECT 1", rs -> rs.getInt(1)).orElse(0) == 1;
    }
}
