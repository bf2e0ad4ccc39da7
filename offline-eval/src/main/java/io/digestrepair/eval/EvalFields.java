package io.digestrepair.eval;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.offline.OfflineEngine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code eval-fields DIGEST|DIR... [--examples N] [--threads N]}: repairs the digests with the offline engine
 * in process ({@link OfflineRepair}) and prints, per file and in total, the measures of {@link FieldMeasures}.
 * Exit status 0, 1 when a file could not be read, 2 on a usage error.
 */
public final class EvalFields {

    private EvalFields() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The sums of {@link PaperScore}s over a file or the whole run. */
    static final class Totals {
        int papers;
        int repaired;
        int numbersStated;
        int numbersCarried;
        int numbersCarriable;
        int tldrs;
        int fragments;
        int repeated;
        int fieldsToRepair;
        int fieldsLeft;
        final int[] statedBy = new int[FieldName.values().length];
        final int[] carriedBy = new int[FieldName.values().length];

        void add(PaperScore s) {
            for (int i = 0; i < statedBy.length; i++) {
                statedBy[i] += s.statedByField()[i];
                carriedBy[i] += s.carriedByField()[i];
            }
            papers++;
            repaired += s.fieldsToRepair() > 0 ? 1 : 0;
            numbersStated += s.numbersStated();
            numbersCarried += s.numbersCarried();
            numbersCarriable += s.numbersCarriable();
            tldrs += s.tldrWritten() ? 1 : 0;
            fragments += s.tldrFragment() ? 1 : 0;
            repeated += s.repeated() ? 1 : 0;
            fieldsToRepair += s.fieldsToRepair();
            fieldsLeft += s.fieldsLeft();
        }

        void add(Totals t) {
            for (int i = 0; i < statedBy.length; i++) {
                statedBy[i] += t.statedBy[i];
                carriedBy[i] += t.carriedBy[i];
            }
            papers += t.papers;
            repaired += t.repaired;
            numbersStated += t.numbersStated;
            numbersCarried += t.numbersCarried;
            numbersCarriable += t.numbersCarriable;
            tldrs += t.tldrs;
            fragments += t.fragments;
            repeated += t.repeated;
            fieldsToRepair += t.fieldsToRepair;
            fieldsLeft += t.fieldsLeft;
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-40s %7d %8d   %6d/%-6d %6s   %5d/%-5d %6s   %4d %6s   %5d/%-6d",
                    name, papers, repaired, numbersCarried, numbersStated, percent(numbersCarried, numbersStated),
                    fragments, tldrs, percent(fragments, tldrs), repeated, percent(repeated, repaired),
                    fieldsLeft, fieldsToRepair);
        }
    }

    static final String HEADER = String.format(Locale.ROOT, "%-40s %7s %8s   %-20s   %-18s   %-11s   %-12s",
            "file", "papers", "repaired", "numbers carried", "fragment TL;DRs", "repeated", "fields left");

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> inputs = new ArrayList<>();
        int examples = 0;
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            try {
                switch (a) {
                    case "--examples" -> examples = Integer.parseInt(args[++i]);
                    case "--threads" -> threads = Math.max(1, Integer.parseInt(args[++i]));
                    case "-h", "--help" -> {
                        out.println(usage());
                        return 0;
                    }
                    default -> {
                        if (a.startsWith("--")) {
                            err.println("unknown option " + a + "\n" + usage());
                            return 2;
                        }
                        inputs.add(Path.of(a));
                    }
                }
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                err.println(a + " needs a number\n" + usage());
                return 2;
            }
        }
        if (inputs.isEmpty()) {
            err.println(usage());
            return 2;
        }
        List<Path> files;
        try {
            files = expand(inputs);
        } catch (IOException e) {
            err.println("eval-fields: " + e);
            return 1;
        }
        OfflineRepair repair = new OfflineRepair(OfflineEngine.load());
        FieldMeasures measures = new FieldMeasures();
        Totals total = new Totals();
        List<String> notes = new ArrayList<>();
        int status = 0;
        long started = System.nanoTime();
        out.println(HEADER);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Path file : files) {
                Totals t = new Totals();
                try {
                    ParseResult parsed = repair.parse(Files.readAllBytes(file));
                    List<Future<PaperScore>> scores = new ArrayList<>();
                    for (Paper p : parsed.papers()) {
                        scores.add(pool.submit(() -> {
                            OfflineRepair.Repaired r = repair.repair(p);
                            return measures.score(p, r.fields());
                        }));
                    }
                    for (int i = 0; i < scores.size(); i++) {
                        PaperScore s = scores.get(i).get();
                        t.add(s);
                        for (String n : s.notes()) {
                            notes.add(file.getFileName() + " [" + (parsed.papers().get(i).index()) + "] " + n);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    err.println("eval-fields: " + file + ": " + e.getMessage());
                    status = 1;
                    continue;
                } catch (Exception e) {
                    err.println("eval-fields: " + file + ": " + e);
                    status = 1;
                    continue;
                }
                out.println(t.line(file.getFileName().toString()));
                total.add(t);
            }
        } finally {
            pool.shutdownNow();
        }
        out.println(total.line("total (" + files.size() + " files)"));
        out.printf(Locale.ROOT, "numbers_carried=%s fragment_tldrs=%s repeated_sentence_papers=%s fields_left=%d seconds=%.1f%n",
                percent(total.numbersCarried, total.numbersStated), percent(total.fragments, total.tldrs),
                percent(total.repeated, total.repaired), total.fieldsLeft, (System.nanoTime() - started) / 1e9);
        StringBuilder byField = new StringBuilder("numbers carried by field:");
        for (FieldName f : FieldName.values()) {
            byField.append(' ').append(f.key()).append(' ').append(total.carriedBy[f.ordinal()]).append('/')
                    .append(total.statedBy[f.ordinal()]).append(' ').append(percent(total.carriedBy[f.ordinal()], total.statedBy[f.ordinal()]));
        }
        out.println(byField);
        out.printf(Locale.ROOT, "numbers carriable without a sentence in two fields: %d/%d %s%n", total.numbersCarriable,
                total.numbersStated, percent(total.numbersCarriable, total.numbersStated));
        if (examples > 0) {
            for (String kind : List.of("numbers", "fragment", "repeated", "left")) {
                out.println();
                out.println("examples (" + kind + "):");
                notes.stream().filter(n -> n.contains("] " + kind + ": ")).limit(examples).forEach(n -> out.println("  " + n));
            }
        }
        return status;
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    /** Files as given, directories as their {@code .md} and {@code .jsonl} files, sorted. */
    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".jsonl"))
                            .filter(f -> !f.getFileName().toString().equals("README.md"))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IOException("no such file or folder: " + p);
            }
        }
        return files;
    }

    static String usage() {
        return """
                usage: eval-fields DIGEST|DIR... [--examples N] [--threads N]
                  repairs the digests with the offline engine in process and prints, per file and in total:
                  numbers carried (numbers of the fields' originals that the abstract states, carried by the
                  English field), fragment TL;DRs, papers with a sentence repeated across fields, fields left
                  empty or not English. --examples N prints N cases of each.""";
    }
}
