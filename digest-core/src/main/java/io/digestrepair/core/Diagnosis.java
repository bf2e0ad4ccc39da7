package io.digestrepair.core;

/**
 * The verdict on one field's text.
 *
 * @param status   what is wrong, if anything
 * @param language ISO 639-1 code of the detected language ({@code "und"} when there is no text to judge)
 * @param action   what a repair does with the field
 */
public record Diagnosis(FieldStatus status, String language, Action action) {

    public static final String UNDETERMINED = "und";

    public static Diagnosis of(FieldStatus status, String language) {
        return new Diagnosis(status, language, status.action());
    }
}
