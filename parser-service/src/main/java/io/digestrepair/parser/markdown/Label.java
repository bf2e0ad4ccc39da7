package io.digestrepair.parser.markdown;

import io.digestrepair.core.FieldName;

/** The labelled lines of the {@code to_md} layout, and what each one holds. */
enum Label {
    CATEGORY(null, "Main category"),
    TLDR(FieldName.TLDR, "TL;DR", "TLDR"),
    MOTIVATION(FieldName.MOTIVATION, "Motivation"),
    METHOD(FieldName.METHOD, "Methods", "Method"),
    RESULT(FieldName.RESULT, "Results", "Result"),
    CONCLUSION(FieldName.CONCLUSION, "Conclusions", "Conclusion"),
    ABSTRACT(null, "Abstract");

    final FieldName field;
    /** Spellings, longest first so that "Methods" is not read as "Method" plus "s". */
    final String[] spellings;

    Label(FieldName field, String... spellings) {
        this.field = field;
        this.spellings = spellings;
    }

    static Label of(FieldName field) {
        for (Label l : values()) {
            if (l.field == field) {
                return l;
            }
        }
        throw new IllegalArgumentException(field.toString());
    }

    /** How the layout writes the label. */
    String written() {
        return field != null ? field.label() : spellings[0];
    }
}
