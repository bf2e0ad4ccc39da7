package io.digestrepair.gateway.serve;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** What the templates show: plain text only; the templates escape every value. */
public final class PageViews {

    private PageViews() {
    }

    public record IndexPage(List<IndexRow> digests, StatusCounts totals) {
    }

    public record IndexRow(String name, String href, String format, int revision, int papers, StatusCounts counts,
                           StatusBar bar, String uploadedAt, @Nullable JobProgress job) {
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

    public record DigestPage(String name, String format, int revision, String uploadedAt, StatusCounts counts,
                             StatusBar bar, List<Section> sections, @Nullable JobProgress job,
                             String downloadHref, String downloadLabel, String apiHref, @Nullable String repairedBy) {
    }

    public record Section(String name, String anchor, int count, List<PaperCard> papers) {
    }

    public record PaperCard(int index, String anchor, String title, @Nullable String url, String authors,
                            String category, String statusCss, String statusLabel, @Nullable FieldCard tldr,
                            List<FieldCard> details, String abstractText) {
    }

    /**
     * @param original the text the digest had, shown on demand for a repaired field
     * @param problem  for a field still broken, what is wrong with it
     */
    public record FieldCard(String key, String label, String text, @Nullable String original, List<Badge> badges,
                            boolean repaired, @Nullable String problem) {
        public String css() {
            return "field field-" + key + (repaired ? " repaired" : "") + (problem != null ? " broken" : "");
        }
    }

    public record Badge(String css, String label, @Nullable String title) {
    }
}
