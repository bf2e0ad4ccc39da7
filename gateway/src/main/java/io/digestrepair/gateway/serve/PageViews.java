package io.digestrepair.gateway.serve;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** What the templates show: plain text only; the templates escape every value. */
public final class PageViews {

    private PageViews() {
    }

    public record IndexPage(List<IndexRow> digests, StatusCounts totals) {
    }

    /**
     * @param state  one word for where the digest stands: repaired, repairing, not repaired, failed
     * @param engine the engine and model of its latest repair, when known
     * @param links  the digest in its formats (its own, Atom, JSON)
     */
    public record IndexRow(String name, String href, String format, int revision, int papers, StatusCounts counts,
                           StatusBar bar, String uploadedAt, @Nullable JobProgress job, String state,
                           @Nullable String engine, List<Link> links) {
    }

    public record Link(String label, String href, @Nullable String type) {
    }

    /** A bar of coloured segments, in the units of an SVG viewBox 100 wide. */
    public record StatusBar(List<Segment> segments, String summary) {
    }

    public record Segment(String css, String x, String width, int count, String label) {
    }

    public record JobProgress(String id, String state, int percent, int done, int total, @Nullable String message,
                              String eventsHref) {
        public boolean active() {
            return "QUEUED".equals(state) || "RUNNING".equals(state);
        }
    }

    /**
     * @param engine       the engine badge most fields carry: shown once for the digest, and on a field only
     *                     where it differs (a 381-paper page would repeat it 1,905 times)
     * @param originalHref the page of the digest's original text, linked from every repaired paper
     * @param days         every digest, newest first, for the date picker
     */
    public record DigestPage(String name, String format, int revision, String uploadedAt, StatusCounts counts,
                             StatusBar bar, List<Section> sections, @Nullable JobProgress job,
                             String downloadHref, String downloadLabel, String apiHref, @Nullable String repairedBy,
                             List<Link> links, String feedHref, String originalHref, @Nullable Badge engine,
                             @Nullable Link prev, @Nullable Link next, List<Day> days, List<Chip> chips,
                             @Nullable CrawlNotice crawlNotice, @Nullable String llmBanner, @Nullable String llmUsage) {
    }

    /** The day's crawl holds papers the digest lacks: how many, and the commands that restore them. */
    public record CrawlNotice(int missing, String crawlDate, String text, String command, String apiCommand) {
    }

    public record Day(String name, String href, boolean current) {
    }

    /** A category filter: its name and how many papers of the digest have it as main category. */
    public record Chip(String name, int count) {
    }

    public record Section(String name, String anchor, int count, List<PaperCard> papers) {
    }

    /**
     * @param links    arXiv abstract, PDF, HTML and code, where the digest has them
     * @param repaired whether any field was repaired: then the original text is one link away
     */
    public record PaperCard(int index, String anchor, String title, @Nullable String url, String authors,
                            String category, String statusCss, String statusLabel, @Nullable FieldCard tldr,
                            List<FieldCard> details, String abstractText, List<Link> links, boolean repaired,
                            List<String> categories) {
    }

    /**
     * @param original the text the digest had, shown on demand for a repaired field
     * @param problem  for a field still broken, what is wrong with it
     */
    public record FieldCard(String key, String label, String text, @Nullable String original, List<Badge> badges,
                            boolean repaired, @Nullable String problem) {
        /** No class for "repaired": the badges say it, and 1,905 fields of a big digest would each carry it. */
        public String css() {
            return "field field-" + key + (problem != null ? " broken" : "");
        }
    }

    public record Badge(String css, String label, @Nullable String title) {
        public boolean sameAs(@Nullable Badge other) {
            return other != null && css.equals(other.css) && label.equals(other.label)
                    && java.util.Objects.equals(title, other.title);
        }
    }
}
