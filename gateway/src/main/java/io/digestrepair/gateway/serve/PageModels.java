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
import io.digestrepair.core.DigestFormat;
import io.digestrepair.gateway.serve.PageViews.Badge;
import io.digestrepair.gateway.serve.PageViews.Chip;
import io.digestrepair.gateway.serve.PageViews.Day;
import io.digestrepair.gateway.serve.PageViews.Link;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        for (Revision r : newestFirst(revisions)) {
            StatusCounts counts = StatusCounts.of(r.papers(), r.papersToRepair(), r.papersRepaired(), r.papersFailed(), r.repaired());
            ok += counts.ok();
            repaired += counts.repaired();
            pending += counts.pending();
            failed += counts.failed();
            RepairJob job = latestJobs.get(r.name());
            JobProgress progress = job != null && job.revision() == r.revision() && !job.state().terminal() ? progress(job) : null;
            String state = progress != null ? "repairing"
                    : counts.failed() > 0 ? "failed"
                    : counts.pending() > 0 ? "not repaired"
                    : counts.repaired() > 0 ? "repaired" : "nothing to repair";
            String engine = job != null && job.summarizer() != null && job.summarizer().known()
                    ? job.summarizer().engine() + " · " + nonNull(job.summarizer().model()) : null;
            String base = "/digests/" + r.name();
            List<Link> links = List.of(new Link(r.format().extension(), base + r.format().extension(), r.format().mediaType()),
                    new Link(".atom", base + ".atom", FEED_TYPE),
                    new Link("JSON", "/api/digests/" + r.name(), "application/json"));
            rows.add(new IndexRow(r.name(), base, r.format().wireName(), r.revision(), r.papers(),
                    counts, bar(counts), TIME.format(r.uploadedAt()), progress, state, engine, links));
        }
        return new IndexPage(rows, new StatusCounts(ok, repaired, pending, failed));
    }

    /** Newest day first: by the date in the name (the pipeline names digests by day), then by name. */
    public static List<Revision> newestFirst(List<Revision> revisions) {
        return revisions.stream().sorted(Comparator.comparing(Revision::name, DAY_ORDER).reversed()).toList();
    }

    /** Oldest first: by the date a name holds (names without one come first), then by the name itself. */
    public static final Comparator<String> DAY_ORDER = Comparator.comparing(PageModels::dateOf).thenComparing(Comparator.naturalOrder());

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The first yyyy-mm-dd in a name, else "". */
    public static String dateOf(String name) {
        Matcher m = DATE.matcher(name);
        return m.find() ? m.group() : "";
    }

    public static final String FEED_TYPE = "application/atom+xml";

    /** The page of one digest, without neighbours (tests, and a store with one digest). */
    public static DigestPage digest(DigestState state) {
        return digest(state, List.of(state.revision().name()), Map.of());
    }

    /**
     * @param names every digest's name, for the neighbouring days and the date picker
     * @param rows  the JSON Lines rows' extra keys by line (categories, links), empty for Markdown
     */
    public static DigestPage digest(DigestState state, List<String> names, Map<Integer, RowExtras.Row> rows) {
        Revision r = state.revision();
        Map<String, List<PaperCard>> byCategory = new LinkedHashMap<>();
        int[] counts = new int[PaperStatus.values().length];
        SummarizerInfo jobSummarizer = state.servedJob() == null ? null : state.servedJob().summarizer();
        for (Paper p : state.parsed().papers()) {
            FinishedPaper finished = state.finished().get(p.index());
            PaperStatus status = PaperStatus.of(p, finished, state.isRestored(p));
            counts[status.counted().ordinal()]++;
            RepairedPaper entry = finished != null && finished.cacheKey() != null ? state.entries().get(finished.cacheKey()) : null;
            String category = p.category() == null || p.category().isBlank() ? "Uncategorized" : p.category();
            byCategory.computeIfAbsent(category, c -> new ArrayList<>())
                    .add(card(p, status, finished, entry, jobSummarizer, r.format() != DigestFormat.MARKDOWN ? rows.get(p.line()) : null,
                            state.isRestored(p), state.activeJob() != null));
        }
        List<Section> sections = new ArrayList<>();
        List<Chip> chips = new ArrayList<>();
        byCategory.forEach((name, papers) -> {
            sections.add(new Section(name, "cat-" + anchor(name), papers.size(), papers));
            chips.add(new Chip(name, papers.size()));
        });
        chips.sort(Comparator.comparing(Chip::name));
        StatusCounts statusCounts = new StatusCounts(counts[0], counts[1], counts[2], counts[3]);
        boolean md = r.format() == DigestFormat.MARKDOWN;
        String file = r.name() + r.format().extension();
        String base = "/digests/" + r.name();
        List<Link> links = List.of(new Link(file, "/digests/" + file, r.format().mediaType()),
                new Link("Atom feed", base + ".atom", FEED_TYPE),
                new Link("JSON", "/api/digests/" + r.name(), "application/json"),
                new Link("original text", base + "/original", null));

        List<String> days = names.stream().sorted(DAY_ORDER.reversed()).toList();
        int at = days.indexOf(r.name());
        // newest first: the next day is the one before in this list
        Link next = at > 0 ? new Link(days.get(at - 1), "/digests/" + days.get(at - 1), null) : null;
        Link prev = at >= 0 && at < days.size() - 1 ? new Link(days.get(at + 1), "/digests/" + days.get(at + 1), null) : null;
        List<Day> dayList = days.stream().map(d -> new Day(d, "/digests/" + d, d.equals(r.name()))).toList();

        return new DigestPage(r.name(), md ? "Markdown" : "JSON Lines", r.revision(), TIME.format(r.uploadedAt()),
                statusCounts, bar(statusCounts), sections,
                state.activeJob() == null ? null : progress(state.activeJob()),
                "/digests/" + file, file, "/api/digests/" + r.name(), r.repairedJobId(),
                links, base + ".atom", base + "/original", commonEngine(sections), prev, next, dayList, chips,
                crawlNotice(state, file),
                state.servedJob() == null || state.servedJob().llm() == null ? null : state.servedJob().llm().banner(),
                state.servedJob() == null || state.servedJob().llm() == null ? null : usage(state.servedJob().llm()));
    }

    /** The engine badge most repaired fields carry, or null when none does. */
    @Nullable
    static Badge commonEngine(List<Section> sections) {
        Map<Badge, Integer> seen = new HashMap<>();
        for (Section s : sections) {
            for (PaperCard p : s.papers()) {
                List<FieldCard> fields = new ArrayList<>(p.details());
                if (p.tldr() != null) {
                    fields.add(p.tldr());
                }
                for (FieldCard f : fields) {
                    for (Badge b : f.badges()) {
                        if (b.css().equals("engine")) {
                            seen.merge(b, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return seen.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Off by default (a deployment may leave a paper out on purpose), so the page says what the day's
     * crawl holds that the digest lacks, and how to bring it back.
     */
    @Nullable
    static PageViews.CrawlNotice crawlNotice(DigestState state, String file) {
        var crawl = state.crawl();
        if (crawl == null || crawl.notInDigest() == 0) {
            return null;
        }
        String name = state.revision().name();
        return new PageViews.CrawlNotice(crawl.notInDigest(), crawl.crawlDate().toString(), crawl.notInDigest()
                + (crawl.notInDigest() == 1 ? " paper" : " papers") + " of the day's crawl " + (crawl.notInDigest() == 1 ? "is" : "are")
                + " not in this digest",
                "./digest-repair repair --restore-dropped data/" + crawl.crawlDate() + ".jsonl data/" + file,
                "curl -X POST /api/digests/" + name + "/repair?restore=dropped");
    }

    private static PaperCard card(Paper p, PaperStatus status, @Nullable FinishedPaper finished, @Nullable RepairedPaper entry,
                                  @Nullable SummarizerInfo jobSummarizer, @Nullable RowExtras.Row row,
                                  boolean restored, boolean waiting) {
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
        if (status == PaperStatus.PENDING && waiting) {
            label = "Waiting for the summarizer";
        }
        if (status == PaperStatus.FAILED && finished != null && finished.error() != null) {
            label = status.label() + ": " + finished.error();
        }
        if (restored && status != PaperStatus.RESTORED) {
            label = PaperStatus.RESTORED.label() + "; " + label.toLowerCase(Locale.ROOT);
        }
        boolean repaired = (tldr != null && tldr.repaired()) || details.stream().anyMatch(FieldCard::repaired);
        List<String> categories = row != null && !row.categories().isEmpty() ? row.categories()
                : p.category() == null || p.category().isBlank() ? List.of() : List.of(p.category());
        return new PaperCard(p.index(), "paper-" + p.index(), nonNull(p.title()), safeUrl(p.url()), authors,
                nonNull(p.category()), status.css(), label, tldr, details, nonNull(p.abstractText()),
                PaperLinks.of(p, row), repaired, categories);
    }

    static FieldCard field(FieldName name, Field f, @Nullable RepairedPaper entry, @Nullable SummarizerInfo jobSummarizer) {
        String repairedText = entry == null || f.action() == Action.KEEP ? null : entry.fields().get(name.key());
        if (repairedText == null || repairedText.isBlank()) {
            String problem = f.action() == Action.KEEP ? null : problem(f);
            return new FieldCard(name.key(), name.label(), nonNull(f.text()), null, List.of(), false, problem);
        }
        List<Badge> badges = new ArrayList<>();
        Provenance prov = entry.provenance().get(name.key());
        badges.add(kind(f, prov));
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

    /**
     * What was done to the field: "translated" only when a translation was made (the field's provenance says
     * TRANSLATE); a field in another language written anew from the abstract (the offline engine, mode GENERATE)
     * is "from the abstract", its original one click away (the paper's "original" link).
     */
    private static Badge kind(Field f, @Nullable Provenance prov) {
        String kind = kind(f.action(), prov);
        if (kind.equals("generated")) {
            return new Badge("generated", "generated", "written anew: the digest had " + describe(f.status()));
        }
        if (kind.equals("translated")) {
            return new Badge("translated", "translated", "translated from " + f.language());
        }
        return new Badge("from-abstract", "from the abstract", "written from the abstract, not translated from " + f.language());
    }

    /** {@code translated}, {@code from-abstract} or {@code generated}: the badge of a field so repaired. */
    static String kind(Action action, @Nullable Provenance prov) {
        if (action != Action.TRANSLATE) {
            return "generated";
        }
        // the offline engine never translates, whatever an older entry's mode says
        boolean translated = prov == null || Action.TRANSLATE.name().equalsIgnoreCase(prov.mode())
                && !SummarizerInfo.OFFLINE.equalsIgnoreCase(prov.engine());
        return translated ? "translated" : "from-abstract";
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

    /** "LLM: 381 calls, 312,000 prompt tokens (120,000 cached), 95,000 completion tokens, estimated cost 0.1234". */
    @Nullable
    static String usage(io.digestrepair.gateway.repair.JobLlm llm) {
        var u = llm.usage();
        if (u.calls() == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "LLM: %,d calls, %,d prompt tokens (%,d cached), %,d completion tokens%s",
                u.calls(), u.promptTokens(), u.cachedTokens(), u.completionTokens(),
                u.cost() == null ? "" : String.format(Locale.ROOT, ", estimated cost %.4f", u.cost()));
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
