package io.digestrepair.parser.jsonl;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.wire.LineProblem;
import io.digestrepair.parser.digest.FieldEncoder;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.digest.ParsedDigest;

import java.util.List;

/**
 * A JSON Lines digest as read; each paper's line keeps its own escaping style.
 *
 * @param crawl the rows are the pipeline's crawl, not a digest: none has {@code AI}, and they carry the
 *              crawler's {@code id}, {@code summary} and {@code categories}
 */
public record JsonLinesDigest(byte[] source, List<PaperEntry> papers, List<LineProblem> problems, List<JsonStyle> styles,
                              boolean crawl)
        implements ParsedDigest {

    @Override
    public DigestFormat format() {
        return crawl ? DigestFormat.CRAWL : DigestFormat.JSONL;
    }

    @Override
    public FieldEncoder encoder(PaperEntry paper) {
        JsonStyle style = styles.get(paper.index());
        return style::quoteContent;
    }
}
