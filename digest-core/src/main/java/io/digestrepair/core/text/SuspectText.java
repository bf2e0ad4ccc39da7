package io.digestrepair.core.text;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Texts that are summaries only in part: the LLM's JSON or markup leaked into the field, or the text
 * visibly stops mid-sentence. Such a field is written anew rather than translated.
 *
 * <p>Deliberately narrow: real summaries mention {@code <think>} tokens, {@code AP_{10:50}} or
 * "(p &lt; 0.01)" and end without a full stop; only what no finished summary looks like is suspect.
 */
public final class SuspectText {

    private static final Pattern LEAKED_JSON = Pattern.compile(
            "\\{\\s*\"(?:tldr|tl;dr|motivation|method|result|conclusion|summary|abstract|ai)\"\\s*:"
                    + "|^\\s*\\[?\\s*\\{\\s*\"[^\"]{1,40}\"\\s*:"
                    + "|^\\s*```",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LEAKED_MARKUP = Pattern.compile(
            "</think>|^\\s*<think>|<\\|(?:im_start|im_end|endoftext|eot_id|start_header_id|end_header_id|begin_of_text|end_of_text|assistant|user|system)\\|>|</?details\\s*>|</?summary\\s*>|<div\\s+id\\s*=|^###\\s*\\["
                    + "|^\\s*\\**\\s*(?:tl;dr|motivation|method|result|conclusion|abstract)\\s*\\**\\s*[:：]",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    /** The one alternative of {@link #LEAKED_MARKUP} that needs neither '<' nor '#'. */
    private static final Pattern FIELD_LABEL = Pattern.compile(
            "^\\s*\\**\\s*(?:tl;dr|motivation|method|result|conclusion|abstract)\\s*\\**\\s*[:：]",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    /** A sentence does not end on these. */
    private static final String DANGLING_PUNCTUATION = "，、：；,:;（([{“‘-–—";

    /** Nor on these words, once it has a few words. */
    private static final Set<String> DANGLING_WORDS = Set.of(
            "the", "a", "an", "of", "to", "and", "or", "with", "for", "in", "on", "by", "from", "that",
            "which", "is", "are", "its", "their", "our", "as", "into", "than");

    private SuspectText() {
    }

    /** Why the text looks broken, or empty when it looks like a finished summary. */
    public static Optional<String> reason(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.indexOf('\uFFFD') >= 0) {
            return Optional.of("contains U+FFFD: the text was decoded from broken bytes");
        }
        // each pattern needs a character most texts lack: cheap gates first, for callers that judge every
        // sentence of an abstract (the offline engine) or every field of a digest (the parser)
        if ((text.indexOf('{') >= 0 || text.indexOf('`') >= 0) && LEAKED_JSON.matcher(text).find()) {
            return Optional.of("leaked JSON from the LLM's answer");
        }
        boolean tags = text.indexOf('<') >= 0 || text.indexOf('#') >= 0;
        // without '<' or '#' only the field labels can match: tried alone, they fail at once away from a line start
        if (tags ? LEAKED_MARKUP.matcher(text).find()
                : (text.indexOf(':') >= 0 || text.indexOf('：') >= 0) && FIELD_LABEL.matcher(text).find()) {
            return Optional.of("leaked markup or field labels");
        }
        return truncation(text.strip());
    }

    private static Optional<String> truncation(String t) {
        if (t.endsWith("...") || t.endsWith("…")) {
            return Optional.of("ends with an ellipsis: truncated");
        }
        char last = t.charAt(t.length() - 1);
        if (DANGLING_PUNCTUATION.indexOf(last) >= 0) {
            return Optional.of("ends with '" + last + "': truncated");
        }
        int end = t.length();
        int start = end;
        while (start > 0 && Character.isLetter(t.charAt(start - 1)) && t.charAt(start - 1) < 0x80) {
            start--;
        }
        if (start < end && (start == 0 || !Character.isLetter(t.charAt(start - 1)))) {
            String lastWord = t.substring(start, end).toLowerCase(java.util.Locale.ROOT);
            if (DANGLING_WORDS.contains(lastWord) && SentenceFrames.english(t) >= 2) {
                return Optional.of("ends with '" + lastWord + "': truncated");
            }
        }
        return Optional.empty();
    }
}
