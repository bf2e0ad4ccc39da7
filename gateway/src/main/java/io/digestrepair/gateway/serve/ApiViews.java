package io.digestrepair.gateway.serve;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldStatus;
import io.digestrepair.core.wire.Counts;
import io.digestrepair.core.wire.Field;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.Provenance;
import io.digestrepair.gateway.digest.Revision;
import io.digestrepair.gateway.repair.FinishedPaper;
import io.digestrepair.gateway.repair.JobLlm;
import io.digestrepair.gateway.repair.PaperOutcome;
import io.digestrepair.gateway.repair.RepairJob;
import io.digestrepair.gateway.repair.RepairedPaper;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON the API answers with. */
public final class ApiViews {

    private ApiViews() {
    }

    @Serdeable
    public record PaperError(int index, String error) {
    }

    /**
     * What the job's LLM could do: {@code state} ok, fallback, stopped or offline; the provider's {@code reason}
     * and the {@code remedy} when it refused; the digest's papers the offline engine wrote; the page's banner.
     */
    @Serdeable
    public record LlmView(String state, @Nullable String reason, @Nullable String remedy, int offlinePapers,
                          @Nullable String banner) {
    }

    /** The tokens the providers counted for the job's calls (every call paid for, retries included). */
    @Serdeable
    public record TokensView(int calls, long prompt, long completion, long cached) {
    }

    /**
     * @param llm    null until the job finished
     * @param tokens null until the job finished
     * @param cost   estimated from LLM_PRICE_INPUT_PER_MTOK and LLM_PRICE_OUTPUT_PER_MTOK; null without prices
     */
    @Serdeable
    public record JobView(String id, String digest, int revision, String state, @Nullable String upgrade, int total,
                          int done, int failed, int cached, int summarized, int percent, @Nullable String message,
                          @Nullable SummarizerInfo summarizer, @Nullable List<PaperError> errors, String createdAt,
                          @Nullable String startedAt, @Nullable String finishedAt, String events,
                          @Nullable LlmView llm, @Nullable TokensView tokens, @Nullable Double cost,
                          @Nullable Map<String, Integer> engines) {

        public static JobView of(RepairJob j, @Nullable List<FinishedPaper> papers) {
            List<PaperError> errors = papers == null ? null : papers.stream()
                    .filter(p -> p.outcome() == PaperOutcome.FAILED)
                    .map(p -> new PaperError(p.index(), p.error())).toList();
            JobLlm l = j.llm();
            return new JobView(j.id(), j.digest(), j.revision(), j.state().name(),
                    j.upgrade() == null ? null : j.upgrade().engine(), j.total(), j.done(), j.failed(), j.cached(),
                    j.summarized(), j.percent(), j.message(), j.summarizer(), errors, iso(j.createdAt()),
                    iso(j.startedAt()), iso(j.finishedAt()), "/api/jobs/" + j.id() + "/events",
                    l == null ? null : new LlmView(l.state(), l.reason(), l.remedy(), l.offlinePapers(), l.banner()),
                    l == null ? null : new TokensView(l.usage().calls(), l.usage().promptTokens(),
                            l.usage().completionTokens(), l.usage().cachedTokens()),
                    l == null ? null : l.usage().cost(), engines(papers));
        }

        /**
         * Papers repaired per engine combination ("offline": 183), as the digest's view would count them;
         * null without the papers, or when one was finished before the engines were recorded.
         */
        static @Nullable Map<String, Integer> engines(@Nullable List<FinishedPaper> papers) {
            if (papers == null) {
                return null;
            }
            Map<String, Integer> counts = new java.util.TreeMap<>();
            for (FinishedPaper p : papers) {
                if (p.outcome() == PaperOutcome.FAILED) {
                    continue;
                }
                if (p.engines() == null) {
                    return null;
                }
                counts.merge(p.engines(), 1, Integer::sum);
            }
            return counts;
        }
    }

    @Serdeable
    public record DigestSummary(String name, String format, int revision, String origin, String uploadedAt, int papers,
                                StatusCounts status, @Nullable String repairedBy, @Nullable String repairedAt,
                                @Nullable JobView activeJob, String href, String page) {

        public static DigestSummary of(Revision r, @Nullable RepairJob active) {
            return new DigestSummary(r.name(), r.format().wireName(), r.revision(), r.origin(), iso(r.uploadedAt()),
                    r.papers(), StatusCounts.of(r.papers(), r.papersToRepair(), r.papersRepaired(), r.papersFailed(), r.repaired()),
                    r.repairedJobId(), iso(r.repairedAt()), active == null ? null : JobView.of(active, null),
                    "/digests/" + r.name() + r.format().extension(), "/digests/" + r.name());
        }
    }

    @Serdeable
    public record RevisionView(int revision, String origin, String uploadedAt, String sha256, @Nullable String repairedBy) {
    }

    /**
     * @param original  the digest's text of a repaired field
     * @param provenance where the repaired text came from
     */
    @Serdeable
    public record FieldView(String text, FieldStatus status, String language, Action action, boolean repaired,
                            @Nullable String original, @Nullable Provenance provenance) {
    }

    @Serdeable
    public record PaperView(int index, @Nullable String id, String title, @Nullable String url, List<String> authors,
                            @Nullable String category, Action action, String status, @Nullable String error,
                            Map<String, FieldView> fields) {
    }

    @Serdeable
    public record DigestDetail(String name, String format, int revision, String origin, String uploadedAt,
                               Counts counts, StatusCounts status, @Nullable String repairedBy,
                               @Nullable JobView activeJob, List<JobView> jobs, List<RevisionView> revisions,
                               List<PaperView> papers) {
    }

    public static DigestDetail detail(DigestState s) {
        Revision r = s.revision();
        int[] counts = new int[PaperStatus.values().length];
        List<PaperView> papers = s.parsed().papers().stream().map(p -> {
            FinishedPaper f = s.finished().get(p.index());
            PaperStatus status = PaperStatus.of(p, f, s.isRestored(p));
            counts[status.counted().ordinal()]++;
            RepairedPaper entry = f != null && f.cacheKey() != null ? s.entries().get(f.cacheKey()) : null;
            return paper(p, status, f, entry);
        }).toList();
        return new DigestDetail(r.name(), r.format().wireName(), r.revision(), r.origin(), iso(r.uploadedAt()),
                s.parsed().counts(), new StatusCounts(counts[0], counts[1], counts[2], counts[3]), r.repairedJobId(),
                s.activeJob() == null ? null : JobView.of(s.activeJob(), null),
                s.jobs().stream().map(j -> JobView.of(j, null)).toList(),
                s.revisions().stream().map(v -> new RevisionView(v.revision(), v.origin(), iso(v.uploadedAt()),
                        v.sourceSha256(), v.repairedJobId())).toList(),
                papers);
    }

    private static PaperView paper(Paper p, PaperStatus status, @Nullable FinishedPaper f, @Nullable RepairedPaper entry) {
        Map<String, FieldView> fields = new LinkedHashMap<>();
        if (p.fields() != null) {
            p.fields().forEach((key, field) -> fields.put(key, field(key, field, entry)));
        }
        return new PaperView(p.index(), p.id(), p.title(), p.url(), p.authors() == null ? List.of() : p.authors(),
                p.category(), p.action(), status.name(), f != null && f.outcome() == PaperOutcome.FAILED ? f.error() : null, fields);
    }

    private static FieldView field(String key, Field f, @Nullable RepairedPaper entry) {
        String repaired = entry == null || f.action() == Action.KEEP ? null : entry.fields().get(key);
        if (repaired == null) {
            return new FieldView(f.text(), f.status(), f.language(), f.action(), false, null, null);
        }
        return new FieldView(repaired, f.status(), f.language(), f.action(), true, f.text(), entry.provenance().get(key));
    }

    @Nullable
    static String iso(@Nullable Instant t) {
        return t == null ? null : t.toString();
    }
}
