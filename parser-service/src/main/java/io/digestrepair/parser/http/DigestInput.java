package io.digestrepair.parser.http;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.parser.digest.DigestReadException;
import io.digestrepair.parser.digest.ParsedDigest;
import io.digestrepair.parser.format.DigestFormats;
import io.digestrepair.support.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;

import java.util.Locale;
import java.util.Set;

/** Turns what a client sent into a read digest, or into the 4xx problem that says what is wrong with it. */
final class DigestInput {

    private static final Set<String> MARKDOWN_TYPES = Set.of("text/markdown", "text/x-markdown");
    private static final Set<String> JSON_LINES_TYPES = Set.of("application/x-ndjson", "application/ndjson",
            "application/jsonl", "application/x-jsonlines", "application/jsonlines", "application/json-lines");

    private DigestInput() {
    }

    /** The format a media type names, or null when it names none (then the body is sniffed). */
    static DigestFormat formatOf(MediaType type) {
        if (type == null) {
            return null;
        }
        String name = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        if (MARKDOWN_TYPES.contains(name)) {
            return DigestFormat.MARKDOWN;
        }
        if (JSON_LINES_TYPES.contains(name)) {
            return DigestFormat.JSONL;
        }
        return null;
    }

    /**
     * @param declared the format the request names (query or media type), or null to sniff
     * @param what     how to name the input in a problem ("body", "source")
     */
    static ParsedDigest read(byte[] bytes, DigestFormat declared, String what, HttpStatus unknownFormat) {
        return read(bytes, declared, what, unknownFormat, true);
    }

    /** @param withText false when only the fields' positions are needed (a render) */
    static ParsedDigest read(byte[] bytes, DigestFormat declared, String what, HttpStatus unknownFormat, boolean withText) {
        if (bytes == null || bytes.length == 0) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "the " + what + " is empty: send a digest (Markdown or JSON Lines)",
                    null, what);
        }
        DigestFormat format = declared != null ? declared : DigestFormats.sniff(bytes);
        if (format == null) {
            throw new ProblemException(unknownFormat, "cannot tell the " + what + "'s format: it is neither a Markdown digest "
                    + "(### [n] [title](url) papers) nor JSON Lines ({...} a line); name it with Content-Type "
                    + "text/markdown or application/x-ndjson", null, what);
        }
        try {
            return withText ? DigestFormats.read(bytes, format) : DigestFormats.readPositions(bytes, format);
        } catch (DigestReadException e) {
            Integer line = e.line() > 0 ? e.line() : null;
            String where = line != null ? "line " + line + ": " : "";
            throw new ProblemException(HttpStatus.BAD_REQUEST, where + e.getMessage(), line, what, e);
        }
    }
}
