package io.digestrepair.gateway.serve;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.FieldStatus;
import io.digestrepair.core.wire.Field;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.Provenance;
import io.digestrepair.gateway.digest.Revision;
import io.digestrepair.gateway.repair.FinishedPaper;
import io.digestrepair.gateway.repair.RepairJob;
import io.digestrepair.gateway.repair.RepairedPaper;
import io.digestrepair.gateway.serve.PageViews.Badge;
import io.digestrepair.gateway.serve.PageViews.DigestPage;
import io.digestrepair.gateway.serve.PageViews.FieldCard;
import io.digestrepair.gateway.serve.PageViews.IndexPage;
import io.digestrepair.gateway.serve.PageViews.IndexRow;
import io.digestrepair.gateway.serve.PageViews.JobProgress;
import io.digestrepair.gateway.serve.PageViews.PaperCard;
import io.digestrepair.gateway.serve.PageViews.Section;
import io.digestrepair.gateway.serve.PageViews.Segment;
import io.digestrepair.gateway.serve.PageViews.StatusBar;
import io.digestrepair.gateway.summarizer.SummarizerInfo;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds what the templates show from a digest's state: no framework, so it is tested on its own. */
public final class PageModels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private PageModels() {
    }

    public static IndexPage index(List<Revision> revisions, Map<String, RepairJob> latestJobs) {
        List<IndexRow> rows = new ArrayList<>();
        int ok = 0;
        int repaired = 0;
        int pending = 0;
        int failed = 0;
        for (Revision r : revisions) {
            StatusCounts counts = StatusCounts.of(r.papers(), r.papersToRepair(), r.papersRepaired(), r.papersFailed(), r.repaired());
            ok += counts.ok();
            repaired += counts.repaired();
            pending += counts.pending();
            failed += counts.failed();
            RepairJob job = latestJobs.get(r.name());
            JobProgress progress = job != null && job.revision() == r.revision() && !job.state().terminal() ? progress(job) : null;
            rows.add(new IndexRow(r.name(), "/digests/" + r.name(), r.format().wireName(), r.revision(), r.papers(),
                    counts, bar(counts), TIME.format(r.uploadedAt()), progress));
        }
        return new IndexPage(rows, new StatusCounts(ok, repaired, pending, failed));
    }

    public static DigestPage digest(DigestState state) {
        Revision r = state.revision();
        Map<String, List<PaperCard>> byCategory = new LinkedHashMap<>();
        int[] counts = new int[PaperStatus.values().length];
        SummarizerInfo jobSummarizer = state.servedJob() == null ? null : state.servedJob().summarizer();
        for (Paper p : state.parsed().papers()) {
            FinishedPaper finished = state.finished().get(p.index());
            PaperStatus status = PaperStatus.of(p, finished);
            counts[status.ordinal()]++;
            RepairedPaper entry = finished != null && finished.cacheKey() != null ? state.entries().get(finished.cacheKey()) : null;
            String category = p.category() == null || p.category().isBlank() ? "Uncategorized" : p.category();
            byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(card(p, status, finished, entry, jobSummarizer));
        }
        List<Section> sections = new ArrayList<>();
        byCategory.forEach((name, papers) -> sections.add(new Section(name, "cat-" + anchor(name), papers.size(), papers)));
        StatusCounts statusCounts = new StatusCounts(counts[0], counts[1], counts[2], counts[3]);
        boolean md = r.format() == io.digestrepair.core.DigestFormat.MARKDOWN;
        String file = r.name() + r.format().extension();
        return new DigestPage(r.name(), md ? "Markdown" : "JSON Lines", r.revision(), TIME.format(r.uploadedAt()),
                statusCounts, bar(statusCounts), sections,
                state.activeJob() == null ? null : progress(state.activeJob()),
                "/digests/" + file, file, "/api/digests/" + r.name(), r.repairedJobId());
    }

    private static PaperCard card(Paper p, PaperStatus status, @Nullable FinishedPaper finished, @Nullable RepairedPaper entry,
                                  @Nullable SummarizerInfo jobSummarizer) {
        FieldCard tldr = null;
        List<FieldCard> details = new ArrayList<>();
        for (FieldName name : FieldName.values()) {
            Field f = p.fields() == null ? null : p.fields().get(name.key());
            if (f == null) {
                continue;
            }
            FieldCard card = field(name, f, entry, jobSummarizer);
            if (name == FieldName.TLDR) {
                tldr = card;
            } else {
                details.add(card);
            }
        }
        String authors = p.authors() == null ? "" : String.join(", ", p.authors());
        String label = status.label();
        if (status == PaperStatus.FAILED && finished != null && finished.error() != null) {
            label = status.label() + ": " + finished.error();
        }
        return new PaperCard(p.index(), "paper-" + p.index(), nonNull(p.title()), safeUrl(p.url()), authors,
                nonNull(p.category()), status.css(), label, tldr, details, nonNull(p.abstractText()));
    }

    static FieldCard field(FieldName name, Field f, @Nullable RepairedPaper entry, @Nullable SummarizerInfo jobSummarizer) {
        String repairedText = entry == null || f.action() == Action.KEEP ? null : entry.fields().get(name.key());
        if (repairedText == null || repairedText.isBlank()) {
            String problem = f.action() == Action.KEEP ? null : problem(f);
            return new FieldCard(name.key(), name.label(), nonNull(f.text()), null, List.of(), false, problem);
        }
        List<Badge> badges = new ArrayList<>();
        badges.add(f.action() == Action.TRANSLATE
                ? new Badge("translated", "translated", "translated from " + f.language())
                : new Badge("generated", "generated", "written anew: the digest had " + describe(f.status())));
        Provenance prov = entry.provenance().get(name.key());
        if (prov != null) {
            boolean offline = SummarizerInfo.OFFLINE.equalsIgnoreCase(prov.engine());
            String configured = entry.summarizer() != null ? entry.summarizer().engine()
                    : jobSummarizer != null ? jobSummarizer.engine() : null;
            // a fallback when an LLM was configured, or when the summarizer says so
            boolean llmConfigured = configured != null && !SummarizerInfo.UNKNOWN.equals(configured)
                    && !SummarizerInfo.OFFLINE.equalsIgnoreCase(configured);
            boolean saysFallback = prov.warnings() != null
                    && prov.warnings().stream().anyMatch(w -> w != null && w.toLowerCase(Locale.ROOT).contains("fallback"));
            if (offline && (llmConfigured || saysFallback)) {
                badges.add(new Badge("fallback", "offline fallback", "the LLM failed; the offline engine wrote this"));
            }
            String warnings = prov.warnings() == null || prov.warnings().isEmpty() ? null : String.join("; ", prov.warnings());
            badges.add(new Badge("engine", nonNull(prov.engine()) + " · " + nonNull(prov.model()),
                    "prompt " + nonNull(prov.promptVersion()) + (warnings == null ? "" : "; " + warnings)));
        }
        return new FieldCard(name.key(), name.label(), repairedText, nonNull(f.text()), badges, true, null);
    }

    private static String problem(Field f) {
        return switch (f.status()) {
            case NON_TARGET_LANGUAGE -> "not yet translated (" + f.language() + ")";
            case PLACEHOLDER -> "a failure placeholder, not yet repaired";
            case MISSING -> "missing, not yet repaired";
            case SUSPECT -> "looks broken, not yet repaired";
            case OK -> null;
        };
    }

    private static String describe(FieldStatus status) {
        return switch (status) {
            case PLACEHOLDER -> "a failure placeholder";
            case MISSING -> "nothing";
            case SUSPECT -> "broken text";
            default -> status.name().toLowerCase(Locale.ROOT);
        };
    }

    static JobProgress progress(RepairJob job) {
        return new JobProgress(job.id(), job.state().name(), job.percent(), job.done(), job.total(), job.message(),
                "/api/jobs/" + job.id() + "/events");
    }

    /** Segments in status order, each as wide as its share of the papers. */
    public static StatusBar bar(StatusCounts counts) {
        List<Segment> segments = new ArrayList<>();
        int total = counts.total();
        double x = 0;
        StringBuilder summary = new StringBuilder();
        for (PaperStatus s : PaperStatus.values()) {
            int n = counts.of(s);
            if (n == 0 || total == 0) {
                continue;
            }
            double width = 100.0 * n / total;
            segments.add(new Segment(s.css(), format(x), format(width), n, s.label()));
            x += width;
            if (!summary.isEmpty()) {
                summary.append(", ");
            }
            summary.append(n).append(' ').append(s.label().toLowerCase(Locale.ROOT));
        }
        return new StatusBar(segments, summary.isEmpty() ? "no papers" : summary.toString());
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Only http(s) links become links: a digest cannot smuggle a javascript: URL into the page. */
    @Nullable
    static String safeUrl(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme();
            if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && uri.getHost() != null) {
                return uri.toASCIIString();
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    static String anchor(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
