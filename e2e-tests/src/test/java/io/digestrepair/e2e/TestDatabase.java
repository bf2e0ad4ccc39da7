package io.digestrepair.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A fresh schema in the PostgreSQL the tests' environment runs (TEST_POSTGRES_URL, as in the README). */
final class TestDatabase {

    static final String URL = env("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/digestrepair_test");
    static final String USER = env("TEST_POSTGRES_USER", "digestrepair");
    static final String PASSWORD = env("TEST_POSTGRES_PASSWORD", "digestrepair");

    private TestDatabase() {
    }

    static boolean reachable() {
        try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates an empty schema and returns a JDBC URL whose default schema it is. */
    static String freshSchemaUrl(String prefix) throws SQLException {
        String schema = prefix + "_" + Long.toString(System.nanoTime(), 36);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
