package io.digestrepair.gateway.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The store: a pooled DataSource, migrated by Flyway before anything uses it. */
@Factory
public class StoreFactory {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    HikariDataSource dataSource(StoreProperties properties) {
        if (properties.embedded()) {
            Path parent = Path.of(properties.h2File()).toAbsolutePath().getParent();
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the store's directory " + parent, e);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("gateway-store");
        config.setJdbcUrl(properties.jdbcUrl());
        if (properties.username() != null && !properties.username().isBlank()) {
            config.setUsername(properties.username());
        }
        if (properties.password() != null && !properties.password().isBlank()) {
            config.setPassword(properties.password());
        }
        if (properties.hasSchema()) {
            config.setSchema(properties.schema());
        }
        config.setMaximumPoolSize(properties.maxPoolSize());
        config.setAutoCommit(true);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            var flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration");
            if (properties.hasSchema()) {
                flyway.schemas(properties.schema()).createSchemas(true);
            }
            var result = flyway.load().migrate();
            LOG.info("store {} at schema version {}", properties.embedded() ? "H2 " + properties.h2File() : dataSource.getJdbcUrl(),
                    result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }
}
