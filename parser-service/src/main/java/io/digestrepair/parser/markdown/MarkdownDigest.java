package io.digestrepair.parser.markdown;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.wire.LineProblem;
import io.digestrepair.parser.digest.FieldEncoder;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.digest.ParsedDigest;

import java.util.List;

/** A Markdown digest as read. */
public record MarkdownDigest(byte[] source, List<PaperEntry> papers, List<LineProblem> problems, String lineEnding)
        implements ParsedDigest {

    @Override
    public DigestFormat format() {
        return DigestFormat.MARKDOWN;
    }

    @Override
    public FieldEncoder encoder(PaperEntry paper) {
        return text -> FieldText.escape(text, lineEnding);
    }
}
