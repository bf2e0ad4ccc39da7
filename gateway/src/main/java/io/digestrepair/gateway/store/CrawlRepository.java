package io.digestrepair.gateway.store;

import io.digestrepair.gateway.crawl.Crawl;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Crawls by day, and the revisions a restore made from them. */
@Singleton
public class CrawlRepository {

    private static final String COLUMNS = "crawl_date, papers, paper_ids, source_sha256, origin, uploaded_at";

    private final Jdbc jdbc;

    public CrawlRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the day's crawl, replacing an earlier one of the same day. */
    public Crawl put(LocalDate date, byte[] source, String sha256, List<String> ids, String origin, Instant now) {
        return jdbc.transaction(() -> {
            String day = date.toString();
            String joined = String.join("\n", ids);
            int updated = jdbc.update("""
                    UPDATE crawl SET source = ?, source_sha256 = ?, papers = ?, paper_ids = ?, origin = ?, uploaded_at = ?
                    WHERE crawl_date = ?""", source, sha256, ids.size(), joined, origin, now, day);
            if (updated == 0) {
                jdbc.update("""
                        INSERT INTO crawl (crawl_date, source, source_sha256, papers, paper_ids, origin, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", day, source, sha256, ids.size(), joined, origin, now);
            }
            return new Crawl(date, ids.size(), List.copyOf(ids), sha256, origin, now);
        });
    }

    public Optional<Crawl> find(LocalDate date) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM crawl WHERE crawl_date = ?", CrawlRepository::crawl, date.toString());
    }

    public List<Crawl> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM crawl ORDER BY crawl_date", CrawlRepository::crawl);
    }

    public Optional<byte[]> source(LocalDate date) {
        return jdbc.queryOne("SELECT source FROM crawl WHERE crawl_date = ?", rs -> rs.getBytes(1), date.toString());
    }

    /** Notes that a revision was made from another by restoring papers of a crawl (in the revision's transaction). */
    public void recordRestore(String name, int revision, int fromRevision, LocalDate crawlDate, List<String> ids) {
        jdbc.update("""
                INSERT INTO digest_restore (digest_name, revision, from_revision, crawl_date, paper_ids)
                VALUES (?, ?, ?, ?, ?)""", name, revision, fromRevision, crawlDate.toString(), String.join("\n", ids));
    }

    /**
     * A revision made by a restore.
     *
     * @param ids the papers it added
     */
    public record Restore(int fromRevision, LocalDate crawlDate, List<String> ids) {
    }

    public Optional<Restore> restore(String name, int revision) {
        return jdbc.queryOne("SELECT from_revision, crawl_date, paper_ids FROM digest_restore WHERE digest_name = ? AND revision = ?",
                rs -> new Restore(rs.getInt(1), LocalDate.parse(rs.getString(2).trim()), lines(rs.getString(3))), name, revision);
    }

    private static Crawl crawl(ResultSet rs) throws SQLException {
        return new Crawl(LocalDate.parse(rs.getString("crawl_date").trim()), rs.getInt("papers"), lines(rs.getString("paper_ids")),
                rs.getString("source_sha256"), rs.getString("origin"), Jdbc.instant(rs, "uploaded_at"));
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
