package io.digestrepair.offline.cli;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.SharedData;
import io.digestrepair.core.text.Placeholders;
import io.digestrepair.core.text.ScriptProfile;
import io.digestrepair.core.text.SuspectText;
import io.digestrepair.offline.OfflineEngine;
import io.digestrepair.offline.bench.DigestAbstracts;
import io.digestrepair.offline.role.RoleModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench [DIR] [--runs N]}: the engine's speed over every {@code Abstract:} paragraph of the
 * Markdown digests in DIR. One warm-up pass, then N timed passes (single thread); prints each pass
 * and the median, and the model's size on disk and on the heap. {@code --originals translated} also hands
 * the engine the fields written in another language, as a repair does (the engine then reads their
 * numbers and terms to choose its sentences); {@code none} (the default) gives it the abstract alone.
 */
final class BenchCommand {

    private BenchCommand() {
    }

    /** The engine's budget: it runs inside the summarizer as the default and the last fallback. */
    static final double TARGET_MS_PER_ABSTRACT = 2.0;

    static int run(String[] argv, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(argv, Set.of("runs", "originals"));
        if (args.positional().size() > 1) {
            throw new OfflineCli.UsageException("bench takes at most one DIR");
        }
        Path dir = args.positional().isEmpty() ? SharedData.markdownDigests() : Path.of(args.positional().getFirst());
        if (!Files.isDirectory(dir)) {
            err.println("no such directory: " + dir);
            return 1;
        }
        int runs = Math.max(1, args.getInt("runs", 5));
        String originalsOption = args.get("originals", "none");
        if (!originalsOption.equals("none") && !originalsOption.equals("translated")) {
            throw new OfflineCli.UsageException("--originals is none or translated, not " + originalsOption);
        }
        boolean withOriginals = originalsOption.equals("translated");

        List<Path> files = DigestAbstracts.markdownFiles(dir);
        List<DigestAbstracts.Paper> papers = new ArrayList<>();
        for (Path f : files) {
            papers.addAll(DigestAbstracts.read(f));
        }
        List<Map<FieldName, String>> originals = withOriginals ? translated(papers) : null;
        out.printf(Locale.ROOT, "abstracts=%d files=%d dir=%s%s%n", papers.size(), files.size(), dir,
                withOriginals ? ", with the originals of " + originals.stream().mapToInt(Map::size).sum()
                        + " fields to translate (as a repair passes them)" : "");
        if (papers.isEmpty()) {
            err.println("no Abstract: paragraphs under " + dir);
            return 1;
        }

        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        OfflineEngine engine = OfflineEngine.load();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        long heapAfter = usedHeap();
        RoleModel model = engine.model();
        out.printf(Locale.ROOT, "model: %d bytes on disk, %d features, %d bytes of weight arrays, ~%d bytes of heap after loading (measured), loaded in %.0f ms%n",
                resourceSize(), model.featureCount(), model.heapBytes(), Math.max(0, heapAfter - heapBefore), loadMs);

        long sink = pass(engine, papers, originals); // warm-up: the JIT compiles the hot paths
        double[] msPerAbstract = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            sink += pass(engine, papers, originals);
            double ms = (System.nanoTime() - start) / 1e6;
            msPerAbstract[r] = ms / papers.size();
            out.printf(Locale.ROOT, "run %d: %.0f ms, %.4f ms/abstract%n", r + 1, ms, msPerAbstract[r]);
        }
        double[] sorted = msPerAbstract.clone();
        Arrays.sort(sorted);
        double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
        out.printf(Locale.ROOT, "(checksum %d)%n", sink);
        out.printf(Locale.ROOT, "abstracts=%d runs=%d median_ms_per_abstract=%.4f%n", papers.size(), runs, median);
        if (median > TARGET_MS_PER_ABSTRACT) {
            err.printf(Locale.ROOT, "target missed: %.4f ms per abstract > %.1f ms%n", median, TARGET_MS_PER_ABSTRACT);
            return 1;
        }
        return 0;
    }

    /**
     * The fields of each paper written in another language, with their text: what a repair hands the engine
     * to guide it (the summarizer's RepairChain passes the fields the parser diagnosed TRANSLATE). The
     * parser names the language with Lingua, which this jar leaves out; a field in Chinese, Japanese or
     * Korean that is no placeholder is what it diagnoses so.
     */
    private static List<Map<FieldName, String>> translated(List<DigestAbstracts.Paper> papers) {
        List<Map<FieldName, String>> out = new ArrayList<>(papers.size());
        for (DigestAbstracts.Paper p : papers) {
            Map<FieldName, String> originals = new EnumMap<>(FieldName.class);
            p.fields().forEach((name, text) -> {
                if (ScriptProfile.of(text).cjk() > 0 && !Placeholders.isPlaceholder(text) && SuspectText.reason(text).isEmpty()) {
                    originals.put(name, text);
                }
            });
            out.add(originals);
        }
        return out;
    }

    /** All five fields of every paper; returns their total length so the work cannot be optimised away. */
    private static long pass(OfflineEngine engine, List<DigestAbstracts.Paper> papers, List<Map<FieldName, String>> originals) {
        long chars = 0;
        for (int i = 0; i < papers.size(); i++) {
            DigestAbstracts.Paper p = papers.get(i);
            Map<FieldName, String> fields = originals == null
                    ? engine.summarize(p.title(), p.abstractText())
                    : engine.summarize(p.title(), p.abstractText(), originals.get(i));
            for (String v : fields.values()) {
                chars += v.length();
            }
        }
        return chars;
    }

    private static long resourceSize() throws IOException {
        try (InputStream in = RoleModel.class.getResourceAsStream(RoleModel.RESOURCE)) {
            return in == null ? -1 : in.readAllBytes().length;
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
