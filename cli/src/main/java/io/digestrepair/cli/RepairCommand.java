package io.digestrepair.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Uploads digests, follows each repair job, and writes the repaired files: into a folder, or over
 * the originals ({@code --in-place}). Steps, in order: read and check the files, upload them all,
 * follow each job, write, report.
 */
@Command(name = "repair", mixinStandardHelpOptions = true, versionProvider = DigestRepairCli.Version.class,
        description = "Repair digest files (Markdown or JSON Lines) through the gateway and write the repaired copies.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every paper is repaired (or needed nothing)", "1:a paper could not be repaired",
                "2:wrong arguments", "3:the gateway failed or could not be reached",
                "4:a file could not be read or is not a digest (the others were repaired)"})
final class RepairCommand implements Callable<Integer> {

    static final int EXIT_UNREPAIRED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_GATEWAY = 3;
    static final int EXIT_REFUSED = 4;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "digest files")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "where repaired files go (default: ${DEFAULT-VALUE})")
    Path output = Path.of("repaired");

    @Option(names = "--in-place", description = "replace each file with its repaired version (atomically, its mode kept); "
            + "a file that needed nothing, or whose repair failed, is left untouched")
    boolean inPlace;

    @Option(names = "--no-download", description = "only upload and wait for the repairs")
    boolean noDownload;

    @Option(names = "--gateway", paramLabel = "URL", description = "gateway base URL (default: $GATEWAY_URL or ${DEFAULT-VALUE})")
    URI gateway = URI.create(envOr("GATEWAY_URL", "http://localhost:8080"));

    @Option(names = "--token", paramLabel = "TOKEN", description = "API token (default: $GATEWAY_API_TOKEN)")
    String token = System.getenv("GATEWAY_API_TOKEN");

    @Option(names = "--timeout", paramLabel = "DURATION", description = "give up on a job after this long, e.g. PT30M (default: ${DEFAULT-VALUE})")
    Duration timeout = Duration.ofHours(2);

    @Option(names = "--progress", paramLabel = "MODE", description = "auto (bars on a terminal, plain lines in a log), bars or lines (default: ${DEFAULT-VALUE})")
    Progress.Mode progress = Progress.Mode.AUTO;

    @Option(names = "--job-summary", paramLabel = "FILE", description = "append a Markdown summary of the run to FILE (e.g. \"$GITHUB_STEP_SUMMARY\")")
    Path jobSummary;

    @Option(names = "--parallel", paramLabel = "N", description = "uploads and downloads in flight at once (default: ${DEFAULT-VALUE})")
    int parallel = 4;

    @Option(names = "--restore-dropped", description = "add the papers of the day's crawl (data/<date>.jsonl, given among the "
            + "FILEs or uploaded before) that a digest lacks, summarized like failed papers; off by default, since a "
            + "deployment may leave a paper out on purpose")
    boolean restoreDropped;

    @Option(names = "--english-names", description = "write a repaired <date>_AI_enhanced_<Language>.jsonl as "
            + "<date>_AI_enhanced_English.jsonl when the target language is English ($LANGUAGE, English by default), "
            + "beside the original with --in-place")
    boolean englishNames;

    @Option(names = "--check", hidden = true, description = "only check the arguments and that the files can be read")
    boolean checkOnly;

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    private record Submitted(DigestFile file, byte[] content, GatewayClient.Upload upload) {
    }

    @Override
    public Integer call() {
        if (inPlace && spec.commandLine().getParseResult().hasMatchedOption("--output")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--in-place and -o/--output exclude each other");
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        List<Read> readable = new ArrayList<>();
        for (Path path : files) {
            Read read = read(path);
            if (read.problem() != null) {
                outcomes.add(FileOutcome.refused(path, read.problem()));
            } else {
                readable.add(read);
            }
        }
        // a check before the real run (the launcher's, before it starts services) speaks only when the run would not
        if (!checkOnly || readable.isEmpty()) {
            outcomes.forEach(o -> err.println("digest-repair: " + o.refused()));
        }
        if (checkOnly) {
            return readable.isEmpty() ? EXIT_USAGE : 0;
        }
        GatewayClient client = new GatewayClient(gateway, token);
        // a bounded pool: a whole history is hundreds of files, and one at a time leaves the gateway idle
        // between requests; the jobs themselves run at the gateway's own pace
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel))) {
            List<Future<Submitted>> uploads = new ArrayList<>();
            if (restoreDropped) {
                // a day's crawl is stored before its digests are uploaded, so that their restore finds it
                readable.sort(java.util.Comparator.comparing((Read r) -> !DigestFile.looksLikeCrawl(r.path())));
                for (Read read : readable) {
                    if (DigestFile.looksLikeCrawl(read.path())) {
                        Future<Submitted> crawl = pool.submit(() -> submit(client, read));
                        result(crawl);
                        uploads.add(crawl);
                    }
                }
            }
            for (Read read : readable) {
                if (!restoreDropped || !DigestFile.looksLikeCrawl(read.path())) {
                    uploads.add(pool.submit(() -> submit(client, read)));
                }
            }
            List<Submitted> submitted = new ArrayList<>();
            for (int i = 0; i < readable.size(); i++) {
                Submitted s = result(uploads.get(i));
                if (s == null) {
                    outcomes.add(FileOutcome.refused(readable.get(i).path(), "not accepted by the gateway"));
                } else {
                    submitted.add(s);
                }
            }
            if (!noDownload && !inPlace && !submitted.isEmpty()) {
                Files.createDirectories(output);
            }
            // jobs are followed in order, one progress display at a time; what follows a job (its counts,
            // the download, the write) goes to the pool while the next job is followed
            List<Future<FileOutcome>> finishing = new ArrayList<>();
            for (Submitted s : submitted) {
                JobStatus job = s.upload().jobId().isPresent() ? await(client, s.upload().jobId().get(), s.file()) : null;
                finishing.add(pool.submit(() -> finish(client, s, job)));
            }
            for (Future<FileOutcome> f : finishing) {
                outcomes.add(result(f));
            }
        } catch (GatewayException | IOException e) {
            err.println("digest-repair: " + e.getMessage());
            writeJobSummary(outcomes);
            return EXIT_GATEWAY;
        }
        writeJobSummary(outcomes);
        boolean unrepaired = outcomes.stream().anyMatch(o -> o.left() > 0 || (o.job() != null && !o.job().succeeded()));
        boolean refused = outcomes.stream().anyMatch(o -> o.refused() != null);
        return unrepaired ? EXIT_UNREPAIRED : refused ? EXIT_REFUSED : 0;
    }

    private record Read(Path path, byte[] content, String problem) {
    }

    /** Reads one file; what is wrong with it is said in words, with the way out when there is one. */
    private static Read read(Path path) {
        if (Files.isDirectory(path)) {
            return new Read(path, null, path + " is a directory; to repair the digests in it: " + path.toString().replaceAll("/+$", "") + "/*");
        }
        try {
            return new Read(path, Files.readAllBytes(path), null);
        } catch (NoSuchFileException e) {
            return new Read(path, null, "no such file: " + path);
        } catch (AccessDeniedException e) {
            return new Read(path, null, "permission denied: " + path);
        } catch (IOException e) {
            return new Read(path, null, "cannot read " + path + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null || e.getMessage().equals(path.toString()) ? "" : " " + e.getMessage()));
        }
    }

    /** Uploads one file; a file the gateway refuses is reported and skipped, the others go on. */
    private Submitted submit(GatewayClient client, Read read) throws GatewayException {
        DigestFile file = DigestFile.of(read.path(), read.content());
        try {
            return new Submitted(file, read.content(), client.upload(file.name(), read.content(), file.format(),
                    restoreDropped && !DigestFile.looksLikeCrawl(read.path())));
        } catch (GatewayException.Refused e) {
            err.println("digest-repair: " + read.path() + " refused: " + e.getMessage());
            return null;
        }
    }

    /** The value of a task of the pool; its gateway or file failure as thrown by the task. */
    private static <T> T result(Future<T> task) throws GatewayException, IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("interrupted");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case GatewayException g -> throw g;
                case IOException io -> throw io;
                case RuntimeException r -> throw r;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    private FileOutcome finish(GatewayClient client, Submitted s, JobStatus job) throws GatewayException, IOException {
        DigestFile file = s.file();
        if (s.upload().crawl()) {
            // the pipeline's crawl of a day beside its digests: kept by the gateway, nothing to write
            String said = s.upload().message() != null ? s.upload().message()
                    : "crawl of " + s.upload().name() + " (" + s.upload().papers() + " papers): kept for --restore-dropped";
            synchronized (out) {
                out.println(file.path().getFileName() + ": " + said);
            }
            return new FileOutcome(file.path(), s.upload().name(), s.upload().papers(), null, null, java.util.Map.of(), 0, null, false);
        }
        // the job counts its papers per engine; the digest's whole view is read only when it does not, or to count
        // the papers a restore added
        FileOutcome.Counts counts = job == null || job.done() == 0 ? new FileOutcome.Counts(java.util.Map.of(), 0)
                : job.engines() != null && !restoreDropped ? new FileOutcome.Counts(job.engines(), 0)
                : FileOutcome.count(client.digest(file.name()));
        Path written = null;
        boolean unchanged = false;
        if (!noDownload && !s.upload().crawl() && (job == null || "DONE".equals(job.state()))) {
            byte[] repaired = client.download(file.name(), file.format());
            String english = englishName(file.path());
            if (inPlace && english != null) {
                written = file.path().resolveSibling(english);
                unchanged = AtomicFile.replace(written, repaired) == AtomicFile.Outcome.UNCHANGED;
            } else if (inPlace) {
                written = replaceInPlace(file.path(), s.content(), repaired);
                unchanged = written != null && Arrays.equals(repaired, s.content());
            } else {
                written = output.resolve(english != null ? english : file.path().getFileName().toString());
                unchanged = AtomicFile.replace(written, repaired) == AtomicFile.Outcome.UNCHANGED;
            }
        }
        FileOutcome outcome = new FileOutcome(file.path(), file.name(), s.upload().papers(), job, null, counts.engines(),
                counts.restored(), written, unchanged);
        synchronized (out) {
            out.println(summaryLine(client, outcome));
            if (job != null) {
                // the summarizer's reason, not only a count: the owner can fix the digest
                job.errors().forEach(e -> err.println("digest-repair: " + file.path().getFileName() + ", " + e));
            }
        }
        return outcome;
    }

    /** With {@code --english-names} and an English target, the English name the file is written under; else null. */
    private String englishName(Path path) {
        if (!englishNames || path.getFileName() == null || !TargetNames.targetIsEnglish(System.getenv("LANGUAGE"))) {
            return null;
        }
        return TargetNames.english(path.getFileName().toString()).orElse(null);
    }

    /**
     * The repaired bytes over the original, unless they are the same bytes, or the file changed on
     * disk while it was being repaired (then the newer text wins and is left for the next run).
     */
    private Path replaceInPlace(Path path, byte[] original, byte[] repaired) throws IOException {
        if (Arrays.equals(original, repaired)) {
            return path;
        }
        if (!Arrays.equals(Files.readAllBytes(path), original)) {
            err.println("digest-repair: " + path + " changed while it was being repaired; left as it is now");
            return null;
        }
        AtomicFile.replace(path, repaired);
        return path;
    }

    /** One line per file: what was done, where it went, where it is served. */
    private String summaryLine(GatewayClient client, FileOutcome o) {
        String served = client.base().resolve("/digests/" + o.name()).toString();
        JobStatus job = o.job();
        StringBuilder line = new StringBuilder(o.path().getFileName().toString()).append(": ")
                .append(o.papers()).append(" papers");
        if (job != null) {
            line.append(", ").append(o.repaired()).append(" repaired (").append(job.cached()).append(" from cache, ")
                    .append(job.summarized()).append(" summarized)");
            if (o.left() > 0) {
                line.append(", ").append(o.left()).append(" NOT repaired");
            }
            if (!"DONE".equals(job.state())) {
                line.append(", job ").append(job.state());
            }
            if (job.tokensIn() > 0 || job.tokensOut() > 0) {
                line.append(", ").append(job.tokensIn()).append(" + ").append(job.tokensOut()).append(" tokens");
                if (!Double.isNaN(job.cost())) {
                    line.append(String.format(java.util.Locale.ROOT, " (est. cost %.4f)", job.cost()));
                }
            }
            if (job.llmRefused()) {
                // the provider refused: said on the file's own line, where the operator looks
                line.append(", LLM ").append(job.llmState()).append(": ").append(job.llmReason().strip());
            }
        }
        if (o.written() != null) {
            line.append(inPlace ? (o.unchanged() ? ", file unchanged" : ", rewritten in place")
                    : (o.unchanged() ? " -> " + o.written() + " (unchanged)" : " -> " + o.written()));
        } else if (inPlace && !noDownload) {
            line.append(", file left untouched");
        }
        return line.append("  ").append(served).toString();
    }

    private JobStatus await(GatewayClient client, String jobId, DigestFile file) throws GatewayException {
        Instant deadline = Instant.now().plus(timeout);
        JobStatus job = client.job(jobId);
        try (Progress bar = Progress.start(progress, file.name(), job.total(), err)) {
            for (int polls = 0; ; polls++) {
                bar.update(job.done(), job.total());
                if (job.finished()) {
                    return job;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new GatewayException("job " + jobId + " for " + file.name() + " still " + job.state() + " after " + timeout);
                }
                // a job answered from the cache ends within a few tens of milliseconds: look again soon, then
                // every 250 ms
                sleep(Math.min(250, 20L << Math.min(polls, 4)));
                job = client.job(jobId);
            }
        }
    }

    private void writeJobSummary(List<FileOutcome> outcomes) {
        if (jobSummary == null) {
            return;
        }
        try {
            JobSummary.append(jobSummary, outcomes);
        } catch (IOException e) {
            err.println("digest-repair: cannot write the job summary to " + jobSummary + ": " + e.getMessage());
        }
    }

    private static void sleep(long millis) throws GatewayException {
        try {
            Thread.sleep(millis);
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
