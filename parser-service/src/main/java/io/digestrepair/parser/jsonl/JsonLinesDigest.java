package io.digestrepair.parser.jsonl;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.wire.LineProblem;
import io.digestrepair.parser.digest.FieldEncoder;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.digest.ParsedDigest;

import java.util.List;

/** A JSON Lines digest as read; each paper's line keeps its own escaping style. */
public record JsonLinesDigest(byte[] source, List<PaperEntry> papers, List<LineProblem> problems, List<JsonStyle> styles)
        implements ParsedDigest {

    @Override
    public DigestFormat format() {
        return DigestFormat.JSONL;
    }

    @Override
    public FieldEncoder encoder(PaperEntry paper) {
        JsonStyle style = styles.get(paper.index());
        return style::quoteContent;
    }
}
