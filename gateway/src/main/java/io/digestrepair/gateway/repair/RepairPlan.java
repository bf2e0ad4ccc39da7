package io.digestrepair.gateway.repair;

import io.digestrepair.core.Action;
import io.digestrepair.core.wire.Field;
import io.digestrepair.core.wire.FieldRequest;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Splits the papers a job still owes into those the cache answers and those to summarize.
 *
 * @param cached papers answered from the cache, as finished papers
 * @param tasks  papers to send to the summarizer
 */
public record RepairPlan(List<FinishedPaper> cached, List<PaperTask> tasks) {

    /**
     * @param open            papers needing a repair that the job has not finished yet
     * @param byCacheKey      cache lookup by full key
     * @param byContentKey    cache lookup of the newest entry by content key, for keys the first missed;
     *                        used when {@link #reusable} under the current configuration
     * @param upgrade         when set, cached fields written by that engine are written again
     */
    public static RepairPlan make(List<Paper> open, String targetLanguage, SummarizerInfo summarizer, @Nullable Upgrade upgrade,
                                  Function<Collection<String>, Map<String, RepairedPaper>> byCacheKey,
                                  Function<Collection<String>, Map<String, RepairedPaper>> byContentKey) {
        Map<Integer, String> contentKeys = new LinkedHashMap<>();
        Map<Integer, String> cacheKeys = new LinkedHashMap<>();
        for (Paper p : open) {
            String content = CacheKey.content(p, targetLanguage);
            contentKeys.put(p.index(), content);
            cacheKeys.put(p.index(), CacheKey.full(content, summarizer));
        }
        Map<String, RepairedPaper> hits = byCacheKey.apply(cacheKeys.values());
        List<String> missed = open.stream().filter(p -> !hits.containsKey(cacheKeys.get(p.index())))
                .map(p -> contentKeys.get(p.index())).toList();
        Map<String, RepairedPaper> older = missed.isEmpty() ? Map.of() : byContentKey.apply(missed);
        // upgrading to what the summarizer runs now would change nothing
        boolean upgrading = upgrade != null && !upgrade.engine().equalsIgnoreCase(summarizer.engine());

        List<FinishedPaper> cached = new ArrayList<>();
        List<PaperTask> tasks = new ArrayList<>();
        for (Paper p : open) {
            String cacheKey = cacheKeys.get(p.index());
            String contentKey = contentKeys.get(p.index());
            RepairedPaper entry = hits.get(cacheKey);
            if (entry == null) {
                RepairedPaper other = older.get(contentKey);
                if (other != null && reusable(other.summarizer(), summarizer)) {
                    entry = other;
                }
            }
            if (entry == null) {
                tasks.add(task(p, cacheKey, contentKey, targetLanguage, fieldsToRepair(p), null));
                continue;
            }
            if (upgrading) {
                Set<String> redo = new TreeSet<>(entry.fieldsWrittenBy(upgrade.engine()));
                redo.retainAll(fieldsToRepair(p));
                if (!redo.isEmpty()) {
                    tasks.add(task(p, cacheKey, contentKey, targetLanguage, redo, entry));
                    continue;
                }
            }
            cached.add(FinishedPaper.repaired(p.index(), PaperOutcome.CACHED, entry));
        }
        return new RepairPlan(cached, tasks);
    }

    /**
     * Whether a repair made under another summarizer configuration stands for one made under the
     * current one. A new model or prompt is a new key, so that repairing again asks it; but the
     * repairs of the offline engine are kept until an upgrade asks for them (an LLM configured over a
     * store of offline repairs must not re-pay for all of them at once), an offline summarizer would
     * write nothing better than what is there, and a repair made before the summarizer said what it
     * runs cannot be told apart from one made now. An offline summarizer does not reuse what another version
     * of the offline engine wrote (its model names the engine's code version and role model), so an improved
     * engine writes again what an older one wrote; the same version's entries are the same key anyway.
     */
    public static boolean reusable(SummarizerInfo madeUnder, SummarizerInfo now) {
        if (madeUnder.offline() && now.offline()) {
            return madeUnder.model().equals(now.model());
        }
        return madeUnder.offline() || now.offline() || !madeUnder.known() || !now.known();
    }

    /** Fields the digest needs repaired. */
    public static Set<String> fieldsToRepair(Paper p) {
        Set<String> keys = new TreeSet<>();
        if (p.fields() != null) {
            p.fields().forEach((key, f) -> {
                if (f != null && f.action() != null && f.action() != Action.KEEP) {
                    keys.add(key);
                }
            });
        }
        return keys;
    }

    /**
     * The request: fields to write with their original text and action; every other field as
     * context to keep, with its current text (for an upgrade, what the earlier repair wrote).
     */
    private static PaperTask task(Paper p, String cacheKey, String contentKey, String targetLanguage,
                                  Set<String> required, @Nullable RepairedPaper base) {
        Map<String, FieldRequest> fields = new LinkedHashMap<>();
        if (p.fields() != null) {
            p.fields().forEach((key, f) -> fields.put(key, fieldRequest(key, f, required, base)));
        }
        SummaryRequest request = new SummaryRequest("p" + p.index(), p.title(), p.abstractText(), targetLanguage, fields);
        return new PaperTask(p.index(), cacheKey, contentKey, request, Set.copyOf(required), base);
    }

    private static FieldRequest fieldRequest(String key, Field f, Set<String> required, @Nullable RepairedPaper base) {
        if (required.contains(key)) {
            return new FieldRequest(f.text(), f.action());
        }
        String text = base != null && base.fields().containsKey(key) ? base.fields().get(key) : f.text();
        return new FieldRequest(text, Action.KEEP);
    }
}
