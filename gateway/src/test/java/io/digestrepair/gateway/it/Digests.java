package io.digestrepair.gateway.it;

import io.digestrepair.core.SharedData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Digests the tests upload: the shared corpus (read in place) and the small samples under src/test/resources. */
public final class Digests {

    private Digests() {
    }

    /** Seven papers, cs.MM and cs.IR, every field a failure placeholder. */
    public static byte[] failedSeed() {
        return read(SharedData.require(SharedData.seeds().resolve("000_ddbddc89ed5e4669.txt")));
    }

    /** Twelve papers, every field in Chinese. */
    public static byte[] chineseSeed() {
        return read(SharedData.require(SharedData.seeds().resolve("001_7368f4bef9e965ea.txt")));
    }

    public static Path corpusMarkdown(String day) {
        return SharedData.require(SharedData.markdownDigests().resolve(day + ".md"));
    }

    /** A sample whose first abstract carries a script and an img onerror, in the given format (md, jsonl). */
    public static byte[] planted(String extension) {
        return resource("/digests/planted." + extension);
    }

    /**
     * Six papers of ours in the pipeline's JSON Lines (cs.CL, cs.IR, cs.CV), fields in Chinese; the
     * sixth carries a script in its title, authors, abstract and motivation.
     */
    public static byte[] reader() {
        return resource("/digests/reader.jsonl");
    }

    static byte[] resource(String name) {
        try (InputStream in = Digests.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the test resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
