package io.digestrepair.core;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real digests and the CSAbstruct splits live: {@code ../shared} beside the repository.
 * Tests and benchmarks read them there and never copy them into the project.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The repository root: system property {@code digest-repair.root}, else the nearest folder up holding {@code mvnw}. */
    public static Path projectRoot() {
        String prop = System.getProperty("digest-repair.root");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw")) && Files.exists(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return dir;
    }

    /** {@code SHARED_DIR} when set, else {@code ../shared} relative to the repository root. */
    public static Path shared() {
        String env = System.getenv("SHARED_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        return projectRoot().resolve("../shared").normalize();
    }

    public static Path corpus() {
        return shared().resolve("corpus");
    }

    /** The pipeline's Markdown digests, one file a day. */
    public static Path markdownDigests() {
        return corpus().resolve("daily-arxiv-ai-enhanced/md");
    }

    /** The pipeline's JSON Lines digests. */
    public static Path jsonLinesDigests() {
        return corpus().resolve("daily-arxiv-ai-enhanced/jsonl");
    }

    /** A day of the pipeline's early JSON Lines schema, the TL;DR under {@code task}. */
    public static Path earlyJsonLinesDigests() {
        return corpus().resolve("daily-arxiv-ai-enhanced/jsonl-early");
    }

    /** The pipeline's crawl files ({@code data/<date>.jsonl}: the day's papers before the AI step). */
    public static Path crawls() {
        return corpus().resolve("daily-arxiv-ai-enhanced/crawl");
    }

    public static Path seeds() {
        return corpus().resolve("seeds");
    }

    public static Path csabstruct() {
        return shared().resolve("data/csabstruct");
    }

    /** Fails with a message saying what is missing, so a test never passes vacuously without the data. */
    public static Path require(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " is missing: the shared corpus must sit beside the repository (../shared) or be named by SHARED_DIR");
        }
        return path;
    }
}
