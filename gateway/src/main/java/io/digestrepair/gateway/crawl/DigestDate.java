package io.digestrepair.gateway.crawl;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a digest or crawl is of, from its name as the pipeline writes it: {@code 2026-06-16} for
 * {@code data/2026-06-16.md} and {@code data/2026-06-16.jsonl}, and the same day for
 * {@code data/2026-06-16_AI_enhanced_Chinese.jsonl}.
 */
public final class DigestDate {

    private static final Pattern DATED = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:$|[_.-])");

    private DigestDate() {
    }

    public static Optional<LocalDate> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Matcher m = DATED.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
