package io.digestrepair.gateway.digest;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A digest's name: {@code [A-Za-z0-9._-]{1,100}}, which keeps it safe in URLs and file names.
 * Names made of dots only would be directory references, and names ending in a format's
 * extension would clash with {@code /digests/{name}.md}: both are refused.
 */
public final class DigestName {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private DigestName() {
    }

    /** Why the name is refused, or empty when it is fine. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("a digest name is required");
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of("a digest name is 1 to 100 characters of A-Z, a-z, 0-9, '.', '_' and '-'");
        }
        if (name.chars().allMatch(c -> c == '.')) {
            return Optional.of("a digest name cannot be only dots");
        }
        if (name.endsWith(".md") || name.endsWith(".jsonl")) {
            return Optional.of("a digest name does not end in .md or .jsonl: name it '" + stem(name) + "'");
        }
        return Optional.empty();
    }

    public static boolean isValid(String name) {
        return problem(name).isEmpty();
    }

    /** The name a watched or imported file gives its digest: the file name without its format's extension. */
    public static String stem(String fileName) {
        for (String ext : new String[]{".md", ".jsonl", ".ndjson", ".markdown", ".txt"}) {
            if (fileName.length() > ext.length() && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(ext)) {
                return fileName.substring(0, fileName.length() - ext.length());
            }
        }
        return fileName;
    }
}
