package io.digestrepair.gateway.store;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.gateway.digest.Revision;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Digests and their revisions. */
@Singleton
public class DigestRepository {

    private static final String REVISION_COLUMNS = """
            r.digest_name, r.revision, r.format, r.origin, r.source_sha256, r.papers, r.papers_to_repair,
            r.uploaded_at, r.repaired_sha256, r.repaired_job_id, r.repaired_at, r.papers_repaired, r.papers_failed""";

    private final Jdbc jdbc;

    public DigestRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new revision and makes it the digest's current one. */
    public Revision addRevision(String name, DigestFormat format, String origin, byte[] source, String sourceSha256,
                                String parseJson, int papers, int papersToRepair, Instant now) {
        return jdbc.transaction(() -> {
            // the row lock serialises concurrent uploads of one name
            Optional<Integer> current = jdbc.queryOne(
                    "SELECT current_revision FROM digest WHERE name = ? FOR UPDATE", rs -> rs.getInt(1), name);
            // after the newest revision: a restored older one may be current
            int revision = current.isEmpty() ? 1 : jdbc.queryOne(
                    "SELECT MAX(revision) FROM digest_revision WHERE digest_name = ?", rs -> rs.getInt(1), name).orElse(0) + 1;
            if (current.isEmpty()) {
                jdbc.update("INSERT INTO digest (name, current_revision, created_at, updated_at) VALUES (?, 0, ?, ?)",
                        name, now, now);
            }
            jdbc.update("""
                    INSERT INTO digest_revision (digest_name, revision, format, origin, source_sha256, papers,
                                                 papers_to_repair, uploaded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    name, revision, format.wireName(), origin, sourceSha256, papers, papersToRepair, now);
            jdbc.update("INSERT INTO digest_source (digest_name, revision, source, parse_json) VALUES (?, ?, ?, ?)",
                    name, revision, source, parseJson);
            jdbc.update("UPDATE digest SET current_revision = ?, updated_at = ? WHERE name = ?", revision, now, name);
            return new Revision(name, revision, format, origin, sourceSha256, papers, papersToRepair, now,
                    null, null, null, 0, 0);
        });
    }

    /** Makes a stored revision the current one again; false when there is no such revision. */
    public boolean restore(String name, int revision, Instant now) {
        return jdbc.update("""
                UPDATE digest SET current_revision = ?, updated_at = ?
                WHERE name = ? AND EXISTS (SELECT 1 FROM digest_revision r WHERE r.digest_name = ? AND r.revision = ?)""",
                revision, now, name, name, revision) == 1;
    }

    public Optional<Revision> current(String name) {
        return jdbc.queryOne("SELECT " + REVISION_COLUMNS + " " + """
                 FROM digest d JOIN digest_revision r ON r.digest_name = d.name AND r.revision = d.current_revision
                 WHERE d.name = ?""", DigestRepository::revision, name);
    }

    public Optional<Revision> revision(String name, int revision) {
        return jdbc.queryOne("SELECT " + REVISION_COLUMNS + " FROM digest_revision r WHERE r.digest_name = ? AND r.revision = ?",
                DigestRepository::revision, name, revision);
    }

    /** Every digest's current revision, by name. */
    public List<Revision> currentRevisions() {
        return jdbc.query("SELECT " + REVISION_COLUMNS + " " + """
                 FROM digest d JOIN digest_revision r ON r.digest_name = d.name AND r.revision = d.current_revision
                 ORDER BY d.name""", DigestRepository::revision);
    }

    /** A digest's revisions, newest first. */
    public List<Revision> revisions(String name) {
        return jdbc.query("SELECT " + REVISION_COLUMNS + " FROM digest_revision r WHERE r.digest_name = ? ORDER BY r.revision DESC",
                DigestRepository::revision, name);
    }

    public Optional<byte[]> source(String name, int revision) {
        return jdbc.queryOne("SELECT source FROM digest_source WHERE digest_name = ? AND revision = ?",
                rs -> rs.getBytes(1), name, revision);
    }

    public Optional<String> parseJson(String name, int revision) {
        return jdbc.queryOne("SELECT parse_json FROM digest_source WHERE digest_name = ? AND revision = ?",
                rs -> rs.getString(1), name, revision);
    }

    public Optional<byte[]> repaired(String name, int revision) {
        return jdbc.queryOne("SELECT repaired FROM digest_repaired WHERE digest_name = ? AND revision = ?",
                rs -> rs.getBytes(1), name, revision);
    }

    /** Records the result of a finished job as the revision's repaired digest. */
    public void setRepaired(String name, int revision, byte[] repaired, String sha256, String jobId,
                            int papersRepaired, int papersFailed, Instant now) {
        jdbc.transaction(() -> {
            jdbc.update(jdbc.upsert("digest_repaired", "digest_name, revision", List.of("digest_name", "revision", "repaired")),
                    name, revision, repaired);
            return jdbc.update("""
                    UPDATE digest_revision SET repaired_sha256 = ?, repaired_job_id = ?, repaired_at = ?,
                                               papers_repaired = ?, papers_failed = ?
                    WHERE digest_name = ? AND revision = ?""",
                    sha256, jobId, now, papersRepaired, papersFailed, name, revision);
        });
    }

    /**
     * What a digest's renditions depend on, in one cheap read: current revision and format, the
     * job whose result is served, and the active job with its progress.
     */
    public Optional<DigestStamp> stamp(String name) {
        return jdbc.queryOne("""
                SELECT r.revision, r.format, r.repaired_job_id, r.repaired_at,
                       (SELECT j.id FROM repair_job j WHERE j.digest_name = r.digest_name AND j.state IN ('QUEUED', 'RUNNING')
                        ORDER BY j.created_at DESC FETCH FIRST 1 ROWS ONLY) AS active_id,
                       (SELECT j.done FROM repair_job j WHERE j.digest_name = r.digest_name AND j.state IN ('QUEUED', 'RUNNING')
                        ORDER BY j.created_at DESC FETCH FIRST 1 ROWS ONLY) AS active_done
                FROM digest d JOIN digest_revision r ON r.digest_name = d.name AND r.revision = d.current_revision
                WHERE d.name = ?""",
                rs -> new DigestStamp(rs.getInt(1), DigestFormat.of(rs.getString(2)), rs.getString(3),
                        String.valueOf(rs.getObject(4)), rs.getString(5), (Integer) rs.getObject(6, Integer.class)), name);
    }

    /**
     * @param repairedJobId the job whose result is served
     * @param repairedAt    when it was stored
     * @param activeJobId   the job queued or running now
     * @param activeDone    its papers done
     */
    public record DigestStamp(int revision, DigestFormat format, String repairedJobId, String repairedAt, String activeJobId,
                              Integer activeDone) {
        /** Changes when the served bytes change (a job serves a provisional digest, then its final one). */
        public String file() {
            return revision + "/" + repairedJobId + "/" + repairedAt + "/" + (activeJobId != null && activeJobId.equals(repairedJobId));
        }

        /** Changes when the page changes. */
        public String page() {
            return file() + "/" + activeJobId;
        }

        /** Changes when the JSON view changes. */
        public String api() {
            return page() + "/" + activeDone;
        }
    }

    /** How many digests there are: a page's neighbouring days change only when this does. */
    public long count() {
        return jdbc.queryOne("SELECT COUNT(*) FROM digest", rs -> rs.getLong(1)).orElse(0L);
    }

    /** What the feeds and the data-branch listing depend on: digests, uploads and finished repairs, not progress. */
    public String shelfStamp() {
        return jdbc.queryOne("SELECT COUNT(*), MAX(updated_at), (SELECT MAX(repaired_at) FROM digest_revision) FROM digest",
                rs -> rs.getLong(1) + "/" + rs.getObject(2) + "/" + rs.getObject(3)).orElse("");
    }

    /** What the index depends on. */
    public String indexStamp() {
        return jdbc.queryOne("""
                SELECT (SELECT COUNT(*) FROM digest), (SELECT MAX(updated_at) FROM digest),
                       (SELECT MAX(repaired_at) FROM digest_revision),
                       (SELECT COUNT(*) FROM repair_job WHERE state IN ('QUEUED', 'RUNNING')),
                       (SELECT SUM(done) FROM repair_job WHERE state IN ('QUEUED', 'RUNNING'))""",
                rs -> rs.getLong(1) + "/" + rs.getObject(2) + "/" + rs.getObject(3) + "/" + rs.getLong(4) + "/" + rs.getObject(5))
                .orElse("");
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        return new Revision(
                rs.getString("digest_name"),
                rs.getInt("revision"),
                DigestFormat.of(rs.getString("format")),
                rs.getString("origin"),
                rs.getString("source_sha256"),
                rs.getInt("papers"),
                rs.getInt("papers_to_repair"),
                Jdbc.instant(rs, "uploaded_at"),
                rs.getString("repaired_sha256"),
                rs.getString("repaired_job_id"),
                Jdbc.instant(rs, "repaired_at"),
                rs.getInt("papers_repaired"),
                rs.getInt("papers_failed"));
    }
}
