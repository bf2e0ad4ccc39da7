package io.digestrepair.gateway.ingest;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.gateway.digest.DigestName;

import java.util.Locale;
import java.util.Optional;

/** Which files of the watched directory are digests, and the digest name and format each gives. */
public final class WatchedFiles {

    /** A digest file: its name in the store and its format. */
    public record DigestFile(String fileName, String name, DigestFormat format) {
    }

    private WatchedFiles() {
    }

    public static Optional<DigestFile> of(String fileName) {
        // hidden files and editors' or downloaders' temporary files are not digests (yet)
        if (fileName.startsWith(".") || fileName.endsWith("~") || fileName.startsWith("#")) {
            return Optional.empty();
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        DigestFormat format;
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            format = DigestFormat.MARKDOWN;
        } else if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            format = DigestFormat.JSONL;
        } else {
            return Optional.empty();
        }
        String name = DigestName.stem(fileName);
        if (!DigestName.isValid(name)) {
            return Optional.empty();
        }
        return Optional.of(new DigestFile(fileName, name, format));
    }
}
