package io.digestrepair.gateway.serve;

import io.digestrepair.core.wire.Paper;
import io.digestrepair.gateway.serve.PageViews.Link;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a paper can be read: its arXiv abstract, PDF and HTML, and its code. The pipeline's rows
 * carry {@code abs}, {@code pdf} and, when its crawler found a repository, {@code code_url}
 * (daily-arXiv-ai-enhanced js/app.js, parseJsonlData: {@code url: paper.abs || paper.pdf ||
 * https://arxiv.org/abs/<id>}, {@code code_url}); the Markdown digest only its abstract link, from
 * which the others follow by arXiv's own URL scheme ({@code /abs/ID}, {@code /pdf/ID},
 * {@code /html/ID}). Only http(s) URLs become links.
 */
public final class PaperLinks {

    private static final Pattern ARXIV = Pattern.compile("arxiv\\.org/(?:abs|pdf|html)/([^?#\\s]+?)(?:\\.pdf)?/?(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("(?:\\d{4}\\.\\d{4,5}|[a-z.-]+/\\d{7})(?:v\\d+)?", Pattern.CASE_INSENSITIVE);

    private PaperLinks() {
    }

    public static List<Link> of(Paper p, @Nullable RowExtras.Row row) {
        List<Link> links = new ArrayList<>(4);
        String id = arxivId(p);
        String abs = PageModels.safeUrl(row != null && row.abs() != null ? row.abs() : p.url());
        if (abs == null && id != null) {
            abs = "https://arxiv.org/abs/" + id;
        }
        String pdf = row != null ? PageModels.safeUrl(row.pdf()) : null;
        if (pdf == null && id != null) {
            pdf = "https://arxiv.org/pdf/" + id;
        }
        if (abs != null) {
            links.add(new Link("arXiv", abs, null));
        }
        if (pdf != null) {
            links.add(new Link("PDF", pdf, "application/pdf"));
        }
        if (id != null) {
            links.add(new Link("HTML", "https://arxiv.org/html/" + id, "text/html"));
        }
        String code = row != null ? PageModels.safeUrl(row.codeUrl()) : null;
        if (code != null) {
            links.add(new Link("Code", code, null));
        }
        return links;
    }

    /** The arXiv id, from the paper's id or its arXiv link; null for anything else. */
    @Nullable
    public static String arxivId(Paper p) {
        if (p.id() != null && ID.matcher(p.id().trim()).matches()) {
            return p.id().trim();
        }
        if (p.url() != null) {
            Matcher m = ARXIV.matcher(p.url().trim());
            if (m.find() && ID.matcher(m.group(1)).matches()) {
                return m.group(1);
            }
        }
        return null;
    }
}
