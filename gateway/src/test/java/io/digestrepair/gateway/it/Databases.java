package io.digestrepair.gateway.it;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * The stores the tests run on. PostgreSQL is the real server the CI machine starts
 * (.ci/prepare.sh; TEST_POSTGRES_URL); each test class gets a schema of its own, dropped after.
 * Without the server the tests fail under CI=true and are skipped elsewhere.
 */
public final class Databases {

    private Databases() {
    }

    public static String postgresUrl() {
        String url = System.getenv("TEST_POSTGRES_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/digestrepair_test" : url;
    }

    public static String postgresUser() {
        String u = System.getenv("TEST_POSTGRES_USER");
        return u == null || u.isBlank() ? "digestrepair" : u;
    }

    public static String postgresPassword() {
        String p = System.getenv("TEST_POSTGRES_PASSWORD");
        return p == null || p.isBlank() ? "digestrepair" : p;
    }

    /** A fresh schema on the test PostgreSQL, as gateway store settings. */
    public static Map<String, Object> newPostgresSchema() {
        String schema = "gw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connect()) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            String message = "PostgreSQL at " + postgresUrl() + " is not reachable (" + e.getMessage()
                    + "); start it with .ci/prepare.sh or set TEST_POSTGRES_URL";
            if (ci) {
                throw new AssertionError(message, e);
            }
            Assumptions.abort(message);
        }
        return Map.of("gateway.store.url", postgresUrl(), "gateway.store.username", postgresUser(),
                "gateway.store.password", postgresPassword(), "gateway.store.schema", schema);
    }

    public static void dropSchema(Map<String, Object> store) {
        Object schema = store.get("gateway.store.schema");
        if (schema == null) {
            return;
        }
        try (Connection c = connect()) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException ignored) {
            // the server went away; nothing to clean
        }
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword());
    }
}
