package io.digestrepair.parser.render;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.wire.Edit;
import io.digestrepair.parser.digest.FieldSlot;
import io.digestrepair.parser.digest.FieldValue;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.digest.ParsedDigest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a digest back from its original bytes and a list of edits. Every byte outside an edited
 * field's slot is copied unchanged, so no edits give the input back byte for byte. Each new text is
 * written with the format's encoder (Markdown escapes, JSON escapes in the line's own style) so that
 * reading the result gives exactly the new text. Plain Java, thread-safe.
 */
public final class Renderer {

    private Renderer() {
    }

    /** A value to write: the slot, and the bytes for it. */
    private record Splice(FieldSlot slot, int fieldOrder, String value) {
    }

    /**
     * @throws EditException when an edit names no paper, no field, a field that cannot be written, or
     *                       the same field twice
     */
    public static byte[] render(ParsedDigest digest, List<Edit> edits) {
        if (edits == null || edits.isEmpty()) {
            return digest.source();
        }
        List<Splice> splices = splices(digest, edits);
        byte[] source = digest.source();
        ByteArrayOutputStream out = new ByteArrayOutputStream(source.length + 1024);
        int cursor = 0;
        for (int i = 0; i < splices.size(); ) {
            Splice s = splices.get(i);
            int start = (int) s.slot().start();
            out.write(source, cursor, start - cursor);
            FieldSlot.InsertionGroup group = s.slot().group();
            if (group == null) {
                write(out, s.value());
                cursor = (int) s.slot().end();
                i++;
                continue;
            }
            StringBuilder joined = new StringBuilder(group.open());
            int j = i;
            while (j < splices.size() && splices.get(j).slot().start() == start && group.equals(splices.get(j).slot().group())) {
                if (j > i) {
                    joined.append(group.separator());
                }
                joined.append(splices.get(j).value());
                j++;
            }
            joined.append(group.close());
            write(out, joined.toString());
            cursor = start;
            i = j;
        }
        out.write(source, cursor, source.length - cursor);
        return out.toByteArray();
    }

    private static List<Splice> splices(ParsedDigest digest, List<Edit> edits) {
        List<PaperEntry> papers = digest.papers();
        Set<String> seen = new HashSet<>();
        List<Splice> splices = new ArrayList<>(edits.size());
        for (int position = 0; position < edits.size(); position++) {
            final int k = position;
            Edit edit = edits.get(k);
            String at = "edits[" + k + "]";
            if (edit == null) {
                throw new EditException(k, at, 0, at + " is null");
            }
            if (edit.index() < 0 || edit.index() >= papers.size()) {
                throw new EditException(k, at + ".index", 0, at + ".index is " + edit.index()
                        + " but the digest has papers 0.." + (papers.size() - 1));
            }
            PaperEntry paper = papers.get(edit.index());
            FieldName field = FieldName.byKey(edit.field()).orElseThrow(() -> new EditException(k, at + ".field",
                    paper.line(), at + ".field is '" + edit.field() + "': one of tldr, motivation, method, result, conclusion"));
            if (edit.text() == null) {
                throw new EditException(k, at + ".text", paper.line(), at + ".text is missing");
            }
            if (hasLoneSurrogate(edit.text())) {
                throw new EditException(k, at + ".text", paper.line(), at + ".text holds an unpaired UTF-16 surrogate");
            }
            if (!seen.add(edit.index() + "/" + field)) {
                throw new EditException(k, at, paper.line(), at + " edits paper " + edit.index() + " " + field.key() + " a second time");
            }
            FieldValue value = paper.field(field);
            if (value.slot() == null) {
                throw new EditException(k, at + ".field", paper.line(), "paper " + edit.index() + " (line " + paper.line()
                        + ") has no place for " + field.key() + " that can be written");
            }
            String encoded = digest.encoder(paper).encode(edit.text());
            if (value.slot().isInsertion() && encoded.isEmpty()) {
                continue;
            }
            splices.add(new Splice(value.slot(), field.ordinal(), value.slot().before() + encoded + value.slot().after()));
        }
        splices.sort(Comparator.comparingLong((Splice s) -> s.slot().start())
                .thenComparingLong(s -> s.slot().end())
                .thenComparingInt(Splice::fieldOrder));
        return splices;
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static void write(ByteArrayOutputStream out, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
    }
}
