package io.digestrepair.parser.markdown;

/** A labelled value as the reader goes through its lines: byte positions only, decoded when closed. */
final class ValueRead {

    final Label label;
    /** Start of the label's line. */
    final long labelStart;
    /** Just after the label's colon. */
    final long afterColon;
    /** After the colon and the blanks that follow it: where a value is written into an empty label. */
    long afterBlanks;
    long rawStart = -1;
    long rawEnd = -1;
    /** Whether the value's first line is the label's line (else it starts at column 0 of a later line). */
    boolean firstLineFollowsLabel;

    ValueRead(Label label, long labelStart, long afterColon) {
        this.label = label;
        this.labelStart = labelStart;
        this.afterColon = afterColon;
    }

    boolean hasContent() {
        return rawStart >= 0;
    }

    /** Where the value's text ends, or where an empty value would end. */
    long valueEnd() {
        return hasContent() ? rawEnd : afterBlanks;
    }
}
