package io.digestrepair.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Uploads digests, follows each repair job with a progress bar, and writes the repaired files. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Repair digest files (Markdown or JSON Lines) through the gateway and write the repaired copies.")
final class RepairCommand implements Callable<Integer> {

    static final int EXIT_UNREPAIRED = 1;
    static final int EXIT_GATEWAY = 3;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "digest files")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "where repaired files go (default: ${DEFAULT-VALUE})")
    Path output = Path.of("repaired");

    @Option(names = "--no-download", description = "only upload and wait for the repairs")
    boolean noDownload;

    @Option(names = "--gateway", paramLabel = "URL", description = "gateway base URL (default: $GATEWAY_URL or ${DEFAULT-VALUE})")
    URI gateway = URI.create(envOr("GATEWAY_URL", "http://localhost:8080"));

    @Option(names = "--token", paramLabel = "TOKEN", description = "API token (default: $GATEWAY_API_TOKEN)")
    String token = System.getenv("GATEWAY_API_TOKEN");

    @Option(names = "--timeout", paramLabel = "DURATION", description = "give up on a job after this long, e.g. PT30M (default: ${DEFAULT-VALUE})")
    Duration timeout = Duration.ofHours(2);

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    private record Submitted(DigestFile file, GatewayClient.Upload upload) {
    }

    @Override
    public Integer call() {
        GatewayClient client = new GatewayClient(gateway, token);
        List<Submitted> submitted = new ArrayList<>();
        boolean allRepaired = true;
        try {
            for (Path path : files) {
                Submitted s = submit(client, path);
                if (s == null) {
                    allRepaired = false;
                } else {
                    submitted.add(s);
                }
            }
            if (!noDownload && !submitted.isEmpty()) {
                Files.createDirectories(output);
            }
            for (Submitted s : submitted) {
                allRepaired &= follow(client, s);
            }
        } catch (GatewayException e) {
            err.println("digest-repair: " + e.getMessage());
            return EXIT_GATEWAY;
        } catch (IOException e) {
            err.println("digest-repair: " + e.getMessage());
            return EXIT_GATEWAY;
        }
        return allRepaired ? 0 : EXIT_UNREPAIRED;
    }

    /** Uploads one file; a file the gateway refuses is reported and skipped, the others go on. */
    private Submitted submit(GatewayClient client, Path path) throws GatewayException {
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            err.println("digest-repair: cannot read " + path + ": " + e.getMessage());
            return null;
        }
        DigestFile file = DigestFile.of(path, content);
        try {
            return new Submitted(file, client.upload(file.name(), content, file.format()));
        } catch (GatewayException.Refused e) {
            err.println("digest-repair: " + path + " refused: " + e.getMessage());
            return null;
        }
    }

    private boolean follow(GatewayClient client, Submitted s) throws GatewayException, IOException {
        DigestFile file = s.file();
        JobStatus job = null;
        if (s.upload().jobId().isPresent()) {
            job = await(client, s.upload().jobId().get(), file);
        }
        String served = client.base().resolve("/digests/" + file.name()).toString();
        StringBuilder line = new StringBuilder(file.path().getFileName().toString()).append(": ")
                .append(s.upload().papers()).append(" papers");
        if (job != null) {
            line.append(", ").append(job.done()).append(" repaired (").append(job.cached()).append(" from cache, ")
                    .append(job.summarized()).append(" summarized)");
            if (job.failed() > 0) {
                line.append(", ").append(job.failed()).append(" NOT repaired");
            }
            if (!"DONE".equals(job.state())) {
                line.append(", job ").append(job.state());
            }
        }
        if (!noDownload) {
            Path target = output.resolve(file.path().getFileName());
            Files.write(target, client.download(file.name(), file.format()));
            line.append(" -> ").append(target);
        }
        out.println(line.append("  ").append(served));
        return job == null || job.succeeded();
    }

    private JobStatus await(GatewayClient client, String jobId, DigestFile file) throws GatewayException {
        Instant deadline = Instant.now().plus(timeout);
        JobStatus job = client.job(jobId);
        try (ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(file.name())
                .setInitialMax(Math.max(job.total(), 1))
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" papers", 1)
                .setUpdateIntervalMillis(250)
                .build()) {
            while (true) {
                bar.maxHint(Math.max(job.total(), 1));
                bar.stepTo(job.done() + job.failed());
                if (job.finished()) {
                    return job;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new GatewayException("job " + jobId + " for " + file.name() + " still " + job.state() + " after " + timeout);
                }
                sleep();
                job = client.job(jobId);
            }
        }
    }

    private static void sleep() throws GatewayException {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("interrupted");
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
