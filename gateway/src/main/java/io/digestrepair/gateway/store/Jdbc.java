package io.digestrepair.gateway.store;

import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC with the little the repositories need: parameter binding, row mapping and
 * transactions that nest by joining the one already open on this thread.
 */
@Singleton
public class Jdbc {

    /** A typed SQL NULL: PostgreSQL wants to know the type of a null parameter. */
    public record Null(int sqlType) {
        public static final Null VARCHAR = new Null(Types.VARCHAR);
        public static final Null TIMESTAMP = new Null(Types.TIMESTAMP_WITH_TIMEZONE);
        public static final Null INTEGER = new Null(Types.INTEGER);
        public static final Null BINARY = new Null(Types.BINARY);
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    private volatile Boolean postgres;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * An insert that replaces the row of the same key, in one statement, so that two writers of the
     * same key never both insert: PostgreSQL's {@code INSERT ... ON CONFLICT DO UPDATE} (an update
     * then an insert races there, and so does {@code MERGE}, whose documentation says a concurrent
     * insert of the same key still raises a unique violation), H2's {@code MERGE ... KEY}.
     *
     * @param key the key column, or the key columns separated by commas
     */
    public String upsert(String table, String key, List<String> columns) {
        String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        String names = String.join(", ", columns);
        if (isPostgres()) {
            java.util.Set<String> keys = java.util.Set.of(key.split(",\\s*"));
            String set = columns.stream().filter(c -> !keys.contains(c)).map(c -> c + " = EXCLUDED." + c)
                    .collect(java.util.stream.Collectors.joining(", "));
            return "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON CONFLICT (" + key + ") DO UPDATE SET " + set;
        }
        return "MERGE INTO " + table + " (" + names + ") KEY (" + key + ") VALUES (" + marks + ")";
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = withConnection(c -> c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres"));
            postgres = known;
        }
        return known;
    }

    /** Runs work in one transaction; joins the transaction already open on this thread, if any. */
    public <T> T transaction(Work<T> work) {
        if (current.get() != null) {
            try {
                return work.run();
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = work.run();
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                if (e instanceof SQLException sql) {
                    throw new StoreException(sql);
                }
                throw e;
            } finally {
                current.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                    return rows;
                }
            }
        });
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
    }

    public int update(String sql, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                return ps.executeUpdate();
            }
        });
    }

    /** One statement, many parameter rows. */
    public void batch(String sql, List<Object[]> rows) {
        batchCounts(sql, rows);
    }

    /** One statement, many parameter rows; the rows each changed (a driver that cannot tell says -2). */
    public int[] batchCounts(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(ps, row);
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    private <T> T withConnection(ConnectionWork<T> work) {
        Connection open = current.get();
        try {
            if (open != null) {
                return work.run(open);
            }
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @FunctionalInterface
    private interface ConnectionWork<T> {
        T run(Connection c) throws SQLException;
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int at = i + 1;
            switch (p) {
                case null -> ps.setNull(at, Types.VARCHAR);
                case Null n -> ps.setNull(at, n.sqlType());
                case Instant t -> ps.setObject(at, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
                case byte[] b -> ps.setBytes(at, b);
                case Enum<?> e -> ps.setString(at, e.name());
                default -> ps.setObject(at, p);
            }
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** SQLState class 23: a unique key or other constraint said no. */
    public static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
