package io.digestrepair.parser.digest;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.wire.LineProblem;

import java.util.List;

/** A digest as read: its bytes, its papers in order, and what could not be read. */
public interface ParsedDigest {

    DigestFormat format();

    /** The digest exactly as received. */
    byte[] source();

    List<PaperEntry> papers();

    /** Lines that could not be read; a render leaves them untouched. */
    List<LineProblem> problems();

    /** How a new value is written into one of this paper's fields (escaping, line endings). */
    FieldEncoder encoder(PaperEntry paper);
}
