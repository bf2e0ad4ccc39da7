package io.digestrepair.gateway.store;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/**
 * Where the store lives: {@code DATASOURCE_URL} (PostgreSQL, or any JDBC URL) when set,
 * else an embedded H2 file.
 *
 * @param url         JDBC URL; blank means the H2 file
 * @param schema      schema to migrate and use (tests isolate themselves with one)
 * @param h2File      the H2 file's path without the {@code .mv.db} suffix
 * @param maxPoolSize connections in the pool
 */
@ConfigurationProperties("gateway.store")
public record StoreProperties(
        @Nullable String url,
        @Nullable String username,
        @Nullable String password,
        @Nullable String schema,
        @Bindable(defaultValue = "./data/gateway") String h2File,
        @Bindable(defaultValue = "10") int maxPoolSize) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    public String jdbcUrl() {
        if (!embedded()) {
            return url.trim();
        }
        // WRITE_DELAY=0: a commit reaches the file at once, so a killed gateway loses no finished paper;
        // DB_CLOSE_ON_EXIT=FALSE: the pool closes it at shutdown, after running jobs are handed back
        return "jdbc:h2:file:" + Path.of(h2File).toAbsolutePath().normalize() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    public boolean hasSchema() {
        return schema != null && !schema.isBlank();
    }
}
