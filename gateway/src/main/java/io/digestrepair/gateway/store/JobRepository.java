package io.digestrepair.gateway.store;

import io.digestrepair.gateway.repair.FinishedPaper;
import io.digestrepair.core.wire.LlmUsage;
import io.digestrepair.gateway.repair.JobLlm;
import io.digestrepair.gateway.repair.JobState;
import io.digestrepair.gateway.repair.PaperOutcome;
import io.digestrepair.gateway.repair.RepairJob;
import io.digestrepair.gateway.repair.Upgrade;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Repair jobs and the papers they finished. Every change a running job makes is guarded by
 * {@code owner = ? AND state = 'RUNNING'}: a job that was cancelled, or taken over by another
 * instance after its lease ran out, stops at its next write.
 */
@Singleton
public class JobRepository {

    private static final String COLUMNS = """
            id, digest_name, revision, upgrade, state, total, done, failed, cached, summarized, message, owner,
            engine, model, prompt_version, created_at, started_at, finished_at, heartbeat_at,
            llm_state, llm_reason, llm_remedy, offline_papers, llm_calls, prompt_tokens, completion_tokens, cached_tokens,
            cost""";

    private final Jdbc jdbc;

    public JobRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RepairJob job) {
        jdbc.update("""
                INSERT INTO repair_job (id, digest_name, revision, upgrade, state, total, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                job.id(), job.digest(), job.revision(), job.upgrade() == null ? null : job.upgrade().engine(),
                job.state(), job.total(), job.createdAt());
    }

    public Optional<RepairJob> find(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM repair_job WHERE id = ?", JobRepository::job, id);
    }

    /** A digest's jobs, newest first. */
    public List<RepairJob> forDigest(String name, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM repair_job WHERE digest_name = ? ORDER BY created_at DESC FETCH FIRST " + limit + " ROWS ONLY",
                JobRepository::job, name);
    }

    /** The newest job of every digest that has one. */
    public List<RepairJob> latestPerDigest() {
        return jdbc.query("SELECT " + COLUMNS + " " + """
                 FROM repair_job j
                 WHERE j.created_at = (SELECT MAX(k.created_at) FROM repair_job k WHERE k.digest_name = j.digest_name)""",
                JobRepository::job);
    }

    /** The queued or running job of a digest, if any. */
    public Optional<RepairJob> active(String name) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM repair_job WHERE digest_name = ? AND state IN ('QUEUED', 'RUNNING') "
                + "ORDER BY created_at DESC FETCH FIRST 1 ROWS ONLY", JobRepository::job, name);
    }

    /**
     * Takes the oldest queued job, or a running one whose owner stopped beating, for this owner.
     * {@code SKIP LOCKED} lets replicas sharing PostgreSQL claim different jobs at once.
     */
    public Optional<RepairJob> claim(String owner, Instant now, Instant staleBefore) {
        return jdbc.transaction(() -> {
            Optional<String> id = jdbc.queryOne("""
                    SELECT id FROM repair_job
                    WHERE state = 'QUEUED' OR (state = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < ?))
                    ORDER BY created_at
                    FETCH FIRST 1 ROWS ONLY
                    FOR UPDATE SKIP LOCKED""", rs -> rs.getString(1), staleBefore);
            if (id.isEmpty()) {
                return Optional.<RepairJob>empty();
            }
            jdbc.update("""
                    UPDATE repair_job SET state = 'RUNNING', owner = ?, heartbeat_at = ?,
                                          started_at = COALESCE(started_at, ?), message = NULL
                    WHERE id = ?""", owner, now, now, id.get());
            return find(id.get());
        });
    }

    /** Says the owner is still at it; false when the job is no longer its own to run. */
    public boolean heartbeat(String id, String owner, Instant now) {
        return jdbc.update("UPDATE repair_job SET heartbeat_at = ? WHERE id = ? AND owner = ? AND state = 'RUNNING'",
                now, id, owner) == 1;
    }

    public boolean setTotal(String id, String owner, int total, SummarizerInfo summarizer) {
        return jdbc.update("""
                UPDATE repair_job SET total = ?, engine = ?, model = ?, prompt_version = ?
                WHERE id = ? AND owner = ? AND state = 'RUNNING'""",
                total, summarizer.engine(), summarizer.model(), summarizer.promptVersion(), id, owner) == 1;
    }

    public boolean setMessage(String id, String owner, String message) {
        return jdbc.update("UPDATE repair_job SET message = ? WHERE id = ? AND owner = ? AND state = 'RUNNING'",
                truncate(message, 2000), id, owner) == 1;
    }

    /**
     * Records finished papers and bumps the counters, in the caller's transaction if one is open.
     * False (and nothing written) when the job is no longer this owner's.
     */
    public boolean recordPapers(String id, String owner, List<FinishedPaper> papers, Instant now) {
        if (papers.isEmpty()) {
            return true;
        }
        int cached = 0;
        int summarized = 0;
        int failed = 0;
        for (FinishedPaper p : papers) {
            switch (p.outcome()) {
                case CACHED -> cached++;
                case SUMMARIZED -> summarized++;
                case FAILED -> failed++;
            }
        }
        int c = cached;
        int s = summarized;
        int f = failed;
        return jdbc.transaction(() -> {
            int updated = jdbc.update("""
                    UPDATE repair_job SET done = done + ?, cached = cached + ?, summarized = summarized + ?,
                                          failed = failed + ?, heartbeat_at = ?
                    WHERE id = ? AND owner = ? AND state = 'RUNNING'""",
                    // every failed paper was sent: summarized counts what the summarizer was asked
                    papers.size(), c, s + f, f, now, id, owner);
            if (updated != 1) {
                return false;
            }
            jdbc.batch("""
                    INSERT INTO job_paper (job_id, paper_index, outcome, cache_key, error, engines, finished_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    papers.stream().map(p -> new Object[]{id, p.index(), p.outcome(),
                            p.cacheKey(), truncate(p.error(), 4000), p.engines(), now}).toList());
            return true;
        });
    }

    public List<FinishedPaper> papers(String id) {
        return jdbc.query("SELECT paper_index, outcome, cache_key, error, engines FROM job_paper WHERE job_id = ? ORDER BY paper_index",
                rs -> new FinishedPaper(rs.getInt(1), PaperOutcome.valueOf(rs.getString(2)), trimmed(rs.getString(3)), rs.getString(4), rs.getString(5)),
                id);
    }

    /** The papers a job finished, in the order they finished: what a page following the job has not seen yet comes last. */
    public List<FinishedPaper> papersInFinishOrder(String id) {
        return jdbc.query("SELECT paper_index, outcome, cache_key, error, engines FROM job_paper WHERE job_id = ? ORDER BY finished_at, paper_index",
                rs -> new FinishedPaper(rs.getInt(1), PaperOutcome.valueOf(rs.getString(2)), trimmed(rs.getString(3)), rs.getString(4), rs.getString(5)),
                id);
    }

    /** Ends a running job; false when it was not this owner's any more. */
    public boolean finish(String id, String owner, JobState state, String message, Instant now) {
        return jdbc.update("""
                UPDATE repair_job SET state = ?, message = ?, finished_at = ?, heartbeat_at = ?
                WHERE id = ? AND owner = ? AND state = 'RUNNING'""",
                state, truncate(message, 2000), now, now, id, owner) == 1;
    }

    /** Cancels a queued or running job; false when it had already ended. */
    public boolean cancel(String id, String message, Instant now) {
        return jdbc.update("""
                UPDATE repair_job SET state = 'CANCELLED', message = ?, finished_at = ?
                WHERE id = ? AND state IN ('QUEUED', 'RUNNING')""", truncate(message, 2000), now, id) == 1;
    }

    /** Running jobs and their owners. */
    public java.util.Map<String, String> runningOwners() {
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        jdbc.query("SELECT id, owner FROM repair_job WHERE state = 'RUNNING' AND owner IS NOT NULL",
                rs -> owners.put(rs.getString(1), rs.getString(2)));
        return owners;
    }

    /** Puts a running job back in the queue, if it still has that owner. */
    public boolean requeue(String id, String owner) {
        return jdbc.update("UPDATE repair_job SET state = 'QUEUED', owner = NULL, heartbeat_at = NULL WHERE id = ? AND owner = ? AND state = 'RUNNING'",
                id, owner) == 1;
    }

    /** Hands this owner's running jobs back to the queue (a clean shutdown), so a restart resumes them at once. */
    public int release(String owner) {
        return jdbc.update("UPDATE repair_job SET state = 'QUEUED', owner = NULL, heartbeat_at = NULL WHERE owner = ? AND state = 'RUNNING'",
                owner);
    }

    private static RepairJob job(ResultSet rs) throws SQLException {
        String engine = rs.getString("engine");
        return new RepairJob(
                rs.getString("id"),
                rs.getString("digest_name"),
                rs.getInt("revision"),
                Upgrade.of(rs.getString("upgrade")).orElse(null),
                JobState.valueOf(rs.getString("state")),
                rs.getInt("total"),
                rs.getInt("done"),
                rs.getInt("failed"),
                rs.getInt("cached"),
                rs.getInt("summarized"),
                rs.getString("message"),
                rs.getString("owner"),
                engine == null ? null : new SummarizerInfo(engine, rs.getString("model"), rs.getString("prompt_version")),
                Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "started_at"),
                Jdbc.instant(rs, "finished_at"),
                Jdbc.instant(rs, "heartbeat_at"),
                llm(rs));
    }

    private static JobLlm llm(ResultSet rs) throws SQLException {
        String state = rs.getString("llm_state");
        if (state == null) {
            return null;
        }
        double cost = rs.getDouble("cost");
        Double c = rs.wasNull() ? null : cost;
        return new JobLlm(state, rs.getString("llm_reason"), rs.getString("llm_remedy"), rs.getInt("offline_papers"),
                new LlmUsage(rs.getInt("llm_calls"), rs.getLong("prompt_tokens"), rs.getLong("completion_tokens"),
                        rs.getLong("cached_tokens"), c));
    }

    /** Stores what the job's LLM could do and cost, adding its usage to what an earlier run of it stored. */
    public boolean setLlm(String id, String owner, JobLlm llm) {
        LlmUsage u = llm.usage();
        // a cost only when prices are configured: no price is no cost, not a cost of 0
        boolean priced = u.cost() != null;
        String sql = "UPDATE repair_job SET llm_state = ?, llm_reason = ?, llm_remedy = ?, offline_papers = ?,"
                + " llm_calls = llm_calls + ?, prompt_tokens = prompt_tokens + ?,"
                + " completion_tokens = completion_tokens + ?, cached_tokens = cached_tokens + ?"
                + (priced ? ", cost = COALESCE(cost, 0) + ?" : "")
                + " WHERE id = ? AND owner = ? AND state = 'RUNNING'";
        java.util.List<Object> params = new java.util.ArrayList<>(java.util.Arrays.asList(
                llm.state(), truncate(llm.reason(), 1000), truncate(llm.remedy(), 200), llm.offlinePapers(),
                u.calls(), u.promptTokens(), u.completionTokens(), u.cachedTokens()));
        if (priced) {
            params.add(u.cost());
        }
        params.add(id);
        params.add(owner);
        return jdbc.update(sql, params.toArray()) == 1;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String trimmed(String s) {
        return s == null ? null : s.trim();
    }
}
