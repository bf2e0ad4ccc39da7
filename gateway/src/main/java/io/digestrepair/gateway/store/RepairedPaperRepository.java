package io.digestrepair.gateway.store;

import io.digestrepair.core.wire.Provenance;
import io.digestrepair.gateway.repair.RepairedPaper;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cache of repaired papers, a table so that replicas sharing PostgreSQL share it. */
@Singleton
public class RepairedPaperRepository {

    private static final Argument<Map<String, String>> FIELDS = Argument.mapOf(String.class, String.class);
    private static final Argument<Map<String, Provenance>> PROVENANCE = Argument.mapOf(String.class, Provenance.class);
    private static final String COLUMNS = "cache_key, content_key, engine, model, prompt_version, fields_json, provenance_json, created_at";
    /** Keys per IN (...) list: well under every database's parameter limit. */
    private static final int CHUNK = 200;

    private final Jdbc jdbc;
    private final JsonMapper json;

    public RepairedPaperRepository(Jdbc jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<RepairedPaper> find(String cacheKey) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM repaired_paper WHERE cache_key = ?", this::paper, cacheKey);
    }

    /** Entries by cache key. */
    public Map<String, RepairedPaper> findAll(Collection<String> cacheKeys) {
        return findIn("cache_key", cacheKeys);
    }

    /** The newest entry per content key, whatever summarizer configuration made it. */
    public Map<String, RepairedPaper> findNewestByContent(Collection<String> contentKeys) {
        Map<String, RepairedPaper> newest = new HashMap<>();
        for (RepairedPaper p : findInAll("content_key", contentKeys)) {
            newest.merge(p.contentKey(), p, (a, b) -> a.createdAt().isAfter(b.createdAt()) ? a : b);
        }
        return newest;
    }

    /** Stores an entry, replacing one under the same key (an upgrade writes fields anew). */
    public void save(RepairedPaper p) {
        saveAll(List.of(p));
    }

    /**
     * Stores entries in the caller's transaction (or one of its own) with one batched upsert, so that
     * two jobs answering the same paper at once (a day's Markdown and JSON Lines) both succeed.
     */
    public void saveAll(List<RepairedPaper> papers) {
        if (papers.isEmpty()) {
            return;
        }
        // the last entry of a key wins, as it would with one save after another
        Map<String, RepairedPaper> byKey = new java.util.LinkedHashMap<>();
        papers.forEach(p -> byKey.put(p.cacheKey(), p));
        List<Object[]> rows = byKey.values().stream().map(p -> new Object[]{p.cacheKey(), p.contentKey(), p.summarizer().engine(),
                p.summarizer().model(), p.summarizer().promptVersion(), write(p.fields()), write(p.provenance()),
                p.createdAt()}).toList();
        jdbc.transaction(() -> {
            jdbc.batch(jdbc.upsert("repaired_paper", "cache_key", List.of(COLUMNS.split(", "))), rows);
            return null;
        });
    }

    private Map<String, RepairedPaper> findIn(String column, Collection<String> keys) {
        Map<String, RepairedPaper> found = new HashMap<>();
        for (RepairedPaper p : findInAll(column, keys)) {
            found.put(column.equals("cache_key") ? p.cacheKey() : p.contentKey(), p);
        }
        return found;
    }

    private List<RepairedPaper> findInAll(String column, Collection<String> keys) {
        List<String> all = keys.stream().distinct().toList();
        List<RepairedPaper> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            rows.addAll(jdbc.query("SELECT " + COLUMNS + " FROM repaired_paper WHERE " + column + " IN (" + marks + ")",
                    this::paper, chunk.toArray()));
        }
        return rows;
    }

    private RepairedPaper paper(ResultSet rs) throws SQLException {
        return new RepairedPaper(
                rs.getString("cache_key").trim(),
                rs.getString("content_key").trim(),
                new SummarizerInfo(rs.getString("engine"), rs.getString("model"), rs.getString("prompt_version")),
                read(rs.getString("fields_json"), FIELDS),
                read(rs.getString("provenance_json"), PROVENANCE),
                Jdbc.instant(rs, "created_at"));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable cache entry", e);
        }
    }
}
