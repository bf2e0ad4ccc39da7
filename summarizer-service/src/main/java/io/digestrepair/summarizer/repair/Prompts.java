package io.digestrepair.summarizer.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The prompt resources of one version ({@code prompts/<version>/system.txt}, {@code user.txt},
 * {@code correction.txt}). The version goes into every field's provenance, so a prompt change
 * is a new folder, never an edit in place.
 */
public final class Prompts {

    private final String version;
    private final String system;
    private final String user;
    private final String correction;

    private Prompts(String version, String system, String user, String correction) {
        this.version = version;
        this.system = system;
        this.user = user;
        this.correction = correction;
    }

    public static Prompts load(String version) {
        return new Prompts(version, resource(version, "system.txt"), resource(version, "user.txt"),
                resource(version, "correction.txt"));
    }

    public String version() {
        return version;
    }

    public String system() {
        return system;
    }

    public String user(String languageName, String paperJson) {
        return user.replace("{{language}}", languageName).replace("{{paper}}", paperJson).strip();
    }

    public String correction(List<String> problems, List<String> fieldKeys) {
        return correction
                .replace("{{problems}}", problems.stream().map(p -> "- " + p).collect(Collectors.joining("\n")))
                .replace("{{fields}}", String.join(", ", fieldKeys))
                .strip();
    }

    private static String resource(String version, String name) {
        String path = "prompts/" + version + "/" + name;
        try (InputStream in = Prompts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no prompt resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
