package io.digestrepair.core;

/** What a repair does with a field. */
public enum Action {
    KEEP,
    /** Translate the existing text into the target language. */
    TRANSLATE,
    /** Write the field anew from title and abstract. */
    GENERATE
}
