package io.digestrepair.parser.markdown;

import io.digestrepair.core.FieldName;
import io.digestrepair.parser.digest.FieldSlot;
import io.digestrepair.parser.digest.FieldValue;
import io.digestrepair.parser.digest.PaperEntry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one paper's parts as the reader meets them, and makes the paper when it ends: the five
 * fields with their slots, including where a missing one would be inserted.
 */
final class PaperBuilder {

    private final byte[] source;
    private final String eol;
    final int index;
    final int line;
    final PaperHeader header;
    final long headerEnd;
    final String section;

    final StringBuilder authors = new StringBuilder();
    long authorsEnd = -1;
    String category;
    long categoryEnd = -1;
    long summaryEnd = -1;
    final Map<Label, ValueRead> values = new EnumMap<>(Label.class);
    /** Starts of this paper's layout lines (labels, HTML, the line that ends the paper), in order. */
    final List<Long> layoutLines = new ArrayList<>();
    private boolean withText = true;

    PaperBuilder(byte[] source, String eol, int index, int line, PaperHeader header, long headerEnd, String section) {
        this.source = source;
        this.eol = eol;
        this.index = index;
        this.line = line;
        this.header = header;
        this.headerEnd = headerEnd;
        this.section = section;
    }

    boolean hasAnyValue() {
        return !values.isEmpty() || category != null;
    }

    PaperEntry build(boolean withText) {
        this.withText = withText;
        Map<FieldName, FieldValue> fields = new EnumMap<>(FieldName.class);
        for (FieldName f : FieldName.values()) {
            ValueRead read = values.get(Label.of(f));
            fields.put(f, read != null ? present(read) : new FieldValue("", false, insertion(f)));
        }
        ValueRead abs = values.get(Label.ABSTRACT);
        String abstractText = abs != null ? text(abs) : "";
        return new PaperEntry(index, line, header.id(), header.title(), header.url(), authorList(),
                category != null ? category : section, abstractText, Collections.unmodifiableMap(fields));
    }

    private FieldValue present(ValueRead read) {
        if (!read.hasContent()) {
            long at = read.afterBlanks;
            String before = at == read.afterColon ? " " : "";
            return new FieldValue("", true, new FieldSlot(at, at, before, "", null));
        }
        FieldSlot slot = read.firstLineFollowsLabel
                ? FieldSlot.inPlace(read.rawStart, read.rawEnd)
                // the value began on a later line: a new one is written on the label's line
                : new FieldSlot(read.afterColon, read.rawEnd, " ", "", null);
        return new FieldValue(text(read), true, slot);
    }

    private String text(ValueRead read) {
        if (!read.hasContent() || !withText) {
            return "";
        }
        String raw = new String(source, (int) read.rawStart, (int) (read.rawEnd - read.rawStart), StandardCharsets.UTF_8);
        if (raw.indexOf('\r') >= 0) {
            raw = raw.replace("\r\n", "\n");
        }
        return FieldText.unescape(raw, read.firstLineFollowsLabel);
    }

    /**
     * Where a missing field goes: before the next field the layout puts after it, else after the
     * previous one, else after the {@code <summary>} line, the TL;DR, the category, the authors or the
     * header, whichever the paper has.
     */
    private FieldSlot insertion(FieldName field) {
        String label = Label.of(field).written() + ": ";
        if (field != FieldName.TLDR) {
            for (int k = field.ordinal() + 1; k <= FieldName.CONCLUSION.ordinal() + 1; k++) {
                Label next = k <= FieldName.CONCLUSION.ordinal() ? Label.of(FieldName.values()[k]) : Label.ABSTRACT;
                ValueRead read = values.get(next);
                if (read != null) {
                    return insertAt(read.labelStart, label, eol + eol);
                }
            }
            for (int k = field.ordinal() - 1; k >= FieldName.MOTIVATION.ordinal(); k--) {
                ValueRead read = values.get(Label.of(FieldName.values()[k]));
                if (read != null) {
                    return insertAt(read.valueEnd(), eol + eol + label, "");
                }
            }
            if (summaryEnd >= 0) {
                return beforeNextLayoutLine(summaryEnd, label);
            }
            ValueRead tldr = values.get(Label.TLDR);
            if (tldr != null) {
                return insertAt(tldr.valueEnd(), eol + eol + label, "");
            }
        }
        long anchor = categoryEnd >= 0 ? categoryEnd : authorsEnd >= 0 ? authorsEnd : headerEnd;
        return beforeNextLayoutLine(anchor, label);
    }

    /**
     * Right after a value, the next line is layout; after the {@code <summary>} line, the category or
     * the header there may be stray text, which a value written there would swallow. So the field goes
     * before the next layout line, or at the end of the digest.
     */
    private FieldSlot beforeNextLayoutLine(long anchor, String label) {
        for (long start : layoutLines) {
            if (start > anchor) {
                return insertAt(start, label, eol + eol);
            }
        }
        boolean endsWithNewline = source.length > 0 && source[source.length - 1] == '\n';
        return insertAt(source.length, (endsWithNewline ? "" : eol) + eol + label, endsWithNewline ? eol : "");
    }

    private static FieldSlot insertAt(long at, String before, String after) {
        return new FieldSlot(at, at, before, after, FieldSlot.InsertionGroup.PLAIN);
    }

    private List<String> authorList() {
        String all = authors.toString().strip();
        if (all.startsWith("*")) {
            all = all.substring(1);
        }
        if (all.endsWith("*")) {
            all = all.substring(0, all.length() - 1);
        }
        List<String> names = new ArrayList<>();
        for (String name : all.split(",")) {
            String n = name.strip();
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        return List.copyOf(names);
    }
}
