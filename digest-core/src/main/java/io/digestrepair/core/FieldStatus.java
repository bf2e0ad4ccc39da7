package io.digestrepair.core;

/** What is wrong with a field, if anything. */
public enum FieldStatus {
    /** Real text in the target language. */
    OK,
    /** Real text, in another language (see {@link Diagnosis#language()}). */
    NON_TARGET_LANGUAGE,
    /** A failure text written by the pipeline instead of a summary. */
    PLACEHOLDER,
    /** Absent or empty. */
    MISSING,
    /** Leaked JSON or markup, or visibly truncated. */
    SUSPECT;

    /** The action a field of this status needs. */
    public Action action() {
        return switch (this) {
            case OK -> Action.KEEP;
            case NON_TARGET_LANGUAGE -> Action.TRANSLATE;
            case PLACEHOLDER, MISSING, SUSPECT -> Action.GENERATE;
        };
    }
}
