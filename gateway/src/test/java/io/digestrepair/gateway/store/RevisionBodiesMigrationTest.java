package io.digestrepair.gateway.store;

import com.zaxxer.hikari.HikariDataSource;
import io.digestrepair.core.DigestFormat;
import io.digestrepair.gateway.digest.Revision;
import io.digestrepair.gateway.it.Databases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store written before the revisions' bodies had tables of their own (schema 3) keeps every upload,
 * parser answer and repaired digest when it is opened by this version, and new revisions and repairs
 * are read back whole.
 */
class RevisionBodiesMigrationTest {

    private static final byte[] SOURCE = "## cs.CL\n\n### [1] [A title](http://arxiv.org/abs/2601.00001)\n\n**TL;DR**: 中文。\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] REPAIRED = "## cs.CL\n\n### [1] [A title](http://arxiv.org/abs/2601.00001)\n\n**TL;DR**: English.\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final String PARSE_JSON = "{\"format\":\"markdown\",\"papers\":[]}";

    @Test
    void bodiesSurviveTheMigrationOnH2(@TempDir Path dir) throws Exception {
        check(new StoreProperties(null, null, null, null, dir.resolve("gateway").toString(), 4));
    }

    @Test
    void bodiesSurviveTheMigrationOnPostgres() throws Exception {
        Map<String, Object> store = Databases.newPostgresSchema();
        try {
            check(new StoreProperties((String) store.get("gateway.store.url"), (String) store.get("gateway.store.username"),
                    (String) store.get("gateway.store.password"), (String) store.get("gateway.store.schema"), "unused", 4));
        } finally {
            Databases.dropSchema(store);
        }
    }

    private static void check(StoreProperties properties) throws Exception {
        writeSchema3Store(properties);
        try (HikariDataSource dataSource = new StoreFactory().dataSource(properties)) {
            DigestRepository digests = new DigestRepository(new Jdbc(dataSource));
            assertArrayEquals(SOURCE, digests.source("2026-01-01", 1).orElseThrow());
            assertEquals(PARSE_JSON, digests.parseJson("2026-01-01", 1).orElseThrow());
            assertArrayEquals(REPAIRED, digests.repaired("2026-01-01", 1).orElseThrow());
            assertTrue(digests.repaired("2026-01-01", 2).isEmpty(), "revision 2 was never repaired");
            assertArrayEquals(REPAIRED, digests.source("2026-01-01", 2).orElseThrow());
            Revision current = digests.current("2026-01-01").orElseThrow();
            assertEquals(2, current.revision());

            // a new revision, then its repair twice over: the second replaces the first
            Instant now = Instant.parse("2026-12-01T10:00:00Z");
            Revision third = digests.addRevision("2026-01-01", DigestFormat.MARKDOWN, "api", SOURCE, "c".repeat(64),
                    PARSE_JSON, 1, 1, now);
            assertEquals(3, third.revision());
            digests.setRepaired("2026-01-01", 3, "first".getBytes(StandardCharsets.UTF_8), "d".repeat(64), "job-1", 1, 0, now);
            digests.setRepaired("2026-01-01", 3, REPAIRED, "e".repeat(64), "job-2", 1, 0, now.plusSeconds(1));
            assertArrayEquals(REPAIRED, digests.repaired("2026-01-01", 3).orElseThrow());
            assertArrayEquals(SOURCE, digests.source("2026-01-01", 3).orElseThrow());
            Revision repaired = digests.revision("2026-01-01", 3).orElseThrow();
            assertEquals("job-2", repaired.repairedJobId());
            assertEquals("e".repeat(64), repaired.repairedSha256());
        }
    }

    /** A store as schema version 3 wrote it: bodies inline in digest_revision. */
    private static void writeSchema3Store(StoreProperties properties) throws Exception {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(properties.jdbcUrl());
            if (properties.username() != null) {
                dataSource.setUsername(properties.username());
                dataSource.setPassword(properties.password());
            }
            if (properties.hasSchema()) {
                dataSource.setSchema(properties.schema());
            }
            var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("3");
            if (properties.hasSchema()) {
                flyway.schemas(properties.schema()).createSchemas(true);
            }
            flyway.load().migrate();
            try (Connection c = dataSource.getConnection()) {
                Timestamp at = Timestamp.from(Instant.parse("2026-01-01T06:00:00Z"));
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO digest (name, current_revision, created_at, updated_at) VALUES ('2026-01-01', 2, ?, ?)")) {
                    s.setTimestamp(1, at);
                    s.setTimestamp(2, at);
                    s.executeUpdate();
                }
                insertRevision(c, 1, SOURCE, REPAIRED, at);
                insertRevision(c, 2, REPAIRED, null, at);
            }
        }
    }

    private static void insertRevision(Connection c, int revision, byte[] source, byte[] repaired, Timestamp at) throws Exception {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO digest_revision (digest_name, revision, format, origin, source, source_sha256, parse_json, papers,
                                             papers_to_repair, uploaded_at, repaired, repaired_sha256, repaired_job_id, repaired_at)
                VALUES ('2026-01-01', ?, 'markdown', 'api', ?, ?, ?, 1, 1, ?, ?, ?, ?, ?)""")) {
            s.setInt(1, revision);
            s.setBytes(2, source);
            s.setString(3, "a".repeat(64));
            s.setString(4, PARSE_JSON);
            s.setTimestamp(5, at);
            s.setBytes(6, repaired);
            s.setString(7, repaired == null ? null : "b".repeat(64));
            s.setString(8, repaired == null ? null : "job-0");
            s.setTimestamp(9, repaired == null ? null : at);
            s.executeUpdate();
        }
    }
}
