package io.digestrepair.parser.jsonl;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.wire.LineProblem;
import io.digestrepair.parser.digest.DigestReadException;
import io.digestrepair.parser.digest.FieldSlot;
import io.digestrepair.parser.digest.FieldValue;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.digest.Utf8;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the pipeline's JSON Lines ({@code *_AI_enhanced_*.jsonl}): one paper a line, the five fields
 * under {@code AI}. Jackson's streaming parser gives each value's byte position, so a render changes
 * only the bytes of the changed strings. Unknown keys are left as they are; a missing field is
 * reported with the point where it would be inserted; a line that is not a JSON object is reported
 * with its line number and is not a paper. Plain Java, thread-safe.
 */
public final class JsonLinesReader {

    private static final JsonFactory JSON = new JsonFactory();

    /** Lines reported one by one; past this many, one more entry says how many others there were. */
    static final int MAX_PROBLEMS = 1000;

    public JsonLinesDigest read(String digest) {
        return read(digest.getBytes(StandardCharsets.UTF_8));
    }

    public JsonLinesDigest read(byte[] digest) {
        Utf8.requireValid(digest);
        List<PaperEntry> papers = new ArrayList<>();
        List<JsonStyle> styles = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        JsonStyle fallback = JsonStyle.PYTHON_DEFAULT;
        int n = digest.length;
        int pos = 0;
        int lineNo = 0;
        int lines = 0;
        int unreported = 0;
        int crawlRows = 0;
        while (pos < n) {
            int nl = pos;
            while (nl < n && digest[nl] != '\n') {
                nl++;
            }
            lineNo++;
            if (!isBlank(digest, pos, nl)) {
                lines++;
                try {
                    JsonRecord record = readRecord(digest, pos, nl);
                    if (record.looksCrawled()) {
                        crawlRows++;
                    }
                    JsonStyle style = JsonStyle.of(digest, pos, nl, fallback);
                    papers.add(record.paper(papers.size(), lineNo, style));
                    styles.add(style);
                } catch (JacksonException e) {
                    if (problems.size() >= MAX_PROBLEMS) {
                        unreported++;
                        pos = nl + 1;
                        continue;
                    }
                    String where = e.getLocation() != null ? " (column " + e.getLocation().getColumnNr() + ")" : "";
                    problems.add(new LineProblem(lineNo, "not JSON: " + e.getOriginalMessage() + where));
                } catch (NotARecord e) {
                    if (problems.size() >= MAX_PROBLEMS) {
                        unreported++;
                    } else {
                        problems.add(new LineProblem(lineNo, e.getMessage()));
                    }
                }
            }
            pos = nl + 1;
        }
        if (unreported > 0) {
            problems.add(new LineProblem(lineNo, unreported + " more lines could not be read"));
        }
        if (papers.isEmpty() && lines > 0) {
            int line = problems.isEmpty() ? 1 : problems.getFirst().line();
            String why = problems.isEmpty() ? "no record" : problems.getFirst().message();
            throw new DigestReadException(line, "no line is a JSON object: line " + line + ": " + why);
        }
        return new JsonLinesDigest(digest, List.copyOf(papers), List.copyOf(problems), List.copyOf(styles),
                !papers.isEmpty() && crawlRows == papers.size());
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** A line that is JSON but not one paper's object. */
    private static final class NotARecord extends Exception {
        NotARecord(String message) {
            super(message, null, false, false);
        }
    }

    private static JsonRecord readRecord(byte[] b, int start, int end) throws NotARecord {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), b, start, end - start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new NotARecord("not a JSON object: a record is one {...} a line");
            }
            JsonRecord record = new JsonRecord(b, start);
            boolean empty = true;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                empty = false;
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("AI") && value == JsonToken.START_OBJECT) {
                    readAi(p, record);
                } else if (name.equals("AI")) {
                    record.aiNotObject = true;
                    p.skipChildren();
                } else {
                    record.seen(name);
                    record.top(name, p, value);
                }
            }
            record.topEnd = start + p.currentTokenLocation().getByteOffset();
            record.topEmpty = empty;
            if (p.nextToken() != null) {
                throw new NotARecord("more than one JSON value on the line");
            }
            return record;
        }
    }

    private static void readAi(JsonParser p, JsonRecord record) {
        record.hasAi = true;
        boolean empty = true;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            empty = false;
            String name = p.currentName();
            JsonToken value = p.nextToken();
            FieldName field = JsonRecord.fieldOf(name);
            long tokenStart = record.offset + p.currentTokenLocation().getByteOffset();
            if (field == null || isEarlyTldrBesideTldr(name, field, record)) {
                p.skipChildren();
                continue;
            }
            if (field == FieldName.TLDR) {
                record.tldrKey = name;
            }
            if (value == JsonToken.VALUE_STRING) {
                String text = p.getString();
                long tokenEnd = record.offset + p.currentLocation().getByteOffset();
                record.fields.put(field, new FieldValue(text, true, FieldSlot.inPlace(tokenStart + 1, tokenEnd - 1)));
            } else {
                p.skipChildren();
                long tokenEnd = record.offset + p.currentLocation().getByteOffset();
                String raw = value == JsonToken.VALUE_NULL ? ""
                        : new String(record.bytes, (int) tokenStart, (int) (tokenEnd - tokenStart), StandardCharsets.UTF_8);
                // null, a number or a nested object: a new value replaces it as a string
                record.fields.put(field, new FieldValue(raw, value != JsonToken.VALUE_NULL,
                        new FieldSlot(tokenStart, tokenEnd, "\"", "\"", null)));
            }
        }
        record.aiEnd = record.offset + p.currentTokenLocation().getByteOffset();
        record.aiEmpty = empty;
    }

    /**
     * A record holding both {@code tldr} and the early {@code task} is read through {@code tldr}, the
     * key the pipeline writes today; {@code task} is then left as any unknown key.
     */
    private static boolean isEarlyTldrBesideTldr(String name, FieldName field, JsonRecord record) {
        if (field != FieldName.TLDR) {
            return false;
        }
        boolean early = name.strip().equalsIgnoreCase(JsonRecord.EARLY_TLDR_KEY);
        if (early) {
            return record.tldrKey != null;
        }
        if (record.tldrKey != null && record.tldrKey.strip().equalsIgnoreCase(JsonRecord.EARLY_TLDR_KEY)) {
            record.tldrKey = null; // the later tldr replaces what task gave
        }
        return false;
    }
}
