package io.digestrepair.summarizer.repair;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.SharedData;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.core.wire.FieldRequest;
import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.core.wire.SummaryResponse;
import io.digestrepair.offline.OfflineEngine;
import io.digestrepair.offline.bench.DigestAbstracts;
import io.digestrepair.offline.fields.FieldAssembler;
import io.digestrepair.offline.fields.TldrWriter;
import io.digestrepair.summarizer.check.AnswerChecker;
import io.digestrepair.summarizer.check.Sentences;
import io.digestrepair.summarizer.metrics.SummarizerMetrics;
import io.digestrepair.support.ProblemException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The offline engine is the default engine and the last fallback, so every abstract it is given must come
 * back repaired: all five fields generated, each passing the service's own {@link AnswerChecker}. This runs
 * every abstract of the shared corpus (the Markdown digests, the JSON Lines digests and the seeds) through
 * the path the service takes with engine {@code offline}: {@link RepairPlanner}, then a {@link RepairChain}
 * with no LLM stage and the real engine behind {@link OfflineFallback}.
 */
class OfflineCorpusTest {

    /** The Markdown corpus: 184 digests, 37,877 papers, each with its abstract. */
    private static final int MARKDOWN_PAPERS = 37_877;
    private static final int SHOWN_FAILURES = 15;
    /** Papers per task of the pool. */
    private static final int CHUNK = 200;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static OfflineEngine engine;
    private static RepairChain chain;
    private static AnswerChecker checker;
    private static RepairPlanner planner;

    @BeforeAll
    static void buildChain() {
        // as RepairFactory and OfflineEngineFactory wire it when LLM_PROVIDER=offline: no LLM stage
        engine = OfflineEngine.load();
        checker = new AnswerChecker(LanguageDetector.shared());
        chain = new RepairChain(List.of(), new OfflineFallback(() -> engine::summarize), checker,
                Prompts.load("repair-v1"), SummarizerMetrics.none());
        planner = new RepairPlanner("en");
    }

    /** One abstract of the corpus and where it was found. */
    private record Source(String where, String title, String abstractText) {
    }

    @Test
    void everyMarkdownAbstractIsRepairedByTheOfflineEngine() throws Exception {
        List<Source> papers = new ArrayList<>();
        for (Path f : DigestAbstracts.markdownFiles(SharedData.require(SharedData.markdownDigests()))) {
            List<DigestAbstracts.Paper> read = DigestAbstracts.read(f);
            for (int i = 0; i < read.size(); i++) {
                papers.add(new Source(f.getFileName() + " paper " + i, read.get(i).title(), read.get(i).abstractText()));
            }
        }
        assertEquals(MARKDOWN_PAPERS, papers.size(), "abstracts found in the Markdown corpus");
        assertAllRepaired("markdown", papers);
    }

    @Test
    void everyJsonLinesAbstractIsRepairedByTheOfflineEngine() throws Exception {
        List<Source> papers = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(SharedData.require(SharedData.jsonLinesDigests()))) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertEquals(4, files.size(), "JSON Lines digests");
        for (Path f : files) {
            try (BufferedReader in = Files.newBufferedReader(f)) {
                String line;
                int i = 0;
                while ((line = in.readLine()) != null) {
                    if (!line.isBlank()) {
                        JsonNode paper = JSON.readTree(line);
                        papers.add(new Source(f.getFileName() + " line " + (i + 1), paper.path("title").asText(),
                                paper.path("summary").asText()));
                    }
                    i++;
                }
            }
        }
        assertTrue(papers.size() > 1000, "papers read from the JSON Lines digests: " + papers.size());
        assertAllRepaired("jsonl", papers);
    }

    @Test
    void everySeedAbstractIsRepairedByTheOfflineEngine() throws Exception {
        List<Source> papers = new ArrayList<>();
        for (Path f : DigestAbstracts.markdownFiles(SharedData.require(SharedData.seeds()))) {
            List<DigestAbstracts.Paper> read = DigestAbstracts.read(f);
            for (int i = 0; i < read.size(); i++) {
                papers.add(new Source(f.getFileName() + " paper " + i, read.get(i).title(), read.get(i).abstractText()));
            }
        }
        assertEquals(19, papers.size(), "papers of the seed digests");
        assertAllRepaired("seeds", papers);
    }

    @Test
    void theEngineWritesWithinTheCheckersLimits() {
        assertTrue(TldrWriter.MAX_WORDS <= AnswerChecker.TLDR_MAX_WORDS, "TL;DR limit");
        assertTrue(FieldAssembler.MAX_FIELD_WORDS <= AnswerChecker.FIELD_MAX_WORDS, "field limit");
    }

    @Test
    void aFailingAnswerIsCounted() {
        // the judge itself must be able to fail: a text the checker refuses is reported with its reasons
        OfflineFallback.Engine inventsNumbers = (t, a, o) -> {
            Map<FieldName, String> out = new LinkedHashMap<>();
            for (FieldName f : FieldName.values()) {
                out.put(f, "The engine states 999 results that the abstract never mentions.");
            }
            return out;
        };
        RepairChain bad = new RepairChain(List.of(), new OfflineFallback(() -> inventsNumbers), checker,
                Prompts.load("repair-v1"), SummarizerMetrics.none());
        Failure f = judge(bad, inventsNumbers, new Source("synthetic", "A title", "We study 3 benchmarks and report gains."));
        assertTrue(f != null && f.reasons().contains("tldr states numbers that are not in the abstract"), String.valueOf(f));
    }

    private record Failure(Source source, Set<String> reasons, String detail) {
    }

    private static void assertAllRepaired(String corpus, List<Source> papers) throws Exception {
        long start = System.nanoTime();
        ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
        // a pool of its own, one thread a core: the common pool of a parallel stream was measured to leave
        // the second core idle here
        try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            List<Future<?>> chunks = new ArrayList<>();
            for (int from = 0; from < papers.size(); from += CHUNK) {
                List<Source> chunk = papers.subList(from, Math.min(papers.size(), from + CHUNK));
                chunks.add(pool.submit(() -> chunk.forEach(p -> {
                    Failure f = judge(chain, engine::summarize, p);
                    if (f != null) {
                        failures.add(f);
                    }
                })));
            }
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        Map<String, Integer> byReason = new TreeMap<>();
        failures.forEach(f -> f.reasons().forEach(r -> byReason.merge(r, 1, Integer::sum)));
        List<Failure> sorted = failures.stream().sorted(Comparator.comparing(f -> f.source().where())).toList();
        StringBuilder report = new StringBuilder();
        report.append(papers.size()).append(" abstracts in ").append(ms).append(" ms, ")
                .append(failures.size()).append(" not repaired by the offline engine\n");
        byReason.forEach((r, n) -> report.append("  ").append(n).append(" x ").append(r).append('\n'));
        StringBuilder all = new StringBuilder(report);
        for (int i = 0; i < sorted.size(); i++) {
            Failure f = sorted.get(i);
            String line = "- " + f.source().where() + " (" + f.source().title() + "):" + f.detail() + "\n";
            all.append(line);
            if (i < SHOWN_FAILURES) {
                report.append(line);
            }
        }
        // every failure, for whoever fixes them; the assertion message shows the first few
        Path out = Path.of("target", "offline-corpus-" + corpus + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, all);
        System.out.println(report);
        assertEquals(0, failures.size(), report.toString());
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 400 ? String.valueOf(text) : text.substring(0, 400) + "...";
    }

    /** Null when the paper comes back with its five fields; else why not, per field and reason. */
    private static Failure judge(RepairChain chain, OfflineFallback.Engine offline, Source p) {
        Map<String, FieldRequest> fields = new LinkedHashMap<>();
        for (FieldName f : FieldName.values()) {
            fields.put(f.key(), new FieldRequest("Summary generation failed", Action.GENERATE));
        }
        SummaryRequest request = new SummaryRequest(p.where(), p.title(), p.abstractText(), "en", fields);
        SummaryResponse response;
        try {
            response = chain.repair(planner.plan(request));
        } catch (ProblemException e) {
            return new Failure(p, Set.of("refused: " + e.getMessage()), e.getMessage());
        }
        Map<String, String> repaired = response.fields() == null ? Map.of() : response.fields();
        String tldr = repaired.get(FieldName.TLDR.key());
        // the engine's own TL;DR limit is stricter than the summarizer's
        boolean tldrWithinEngineLimit = tldr == null || Sentences.words(tldr) <= TldrWriter.MAX_WORDS;
        if (response.error() == null && repaired.size() == FieldName.values().length && tldrWithinEngineLimit) {
            return null;
        }
        // the reasons, without the numbers and words that differ from paper to paper, so that they can be counted
        Set<String> reasons = new TreeSet<>();
        Map<FieldName, String> written = offline.summarize(p.title(), p.abstractText(), Map.of());
        StringBuilder detail = new StringBuilder();
        if (!tldrWithinEngineLimit) {
            reasons.add("tldr over the engine's " + TldrWriter.MAX_WORDS + " words");
            detail.append("\n    tldr has ").append(Sentences.words(tldr)).append(" words: \"").append(tldr).append('"');
        }
        for (FieldName f : FieldName.values()) {
            if (repaired.containsKey(f.key())) {
                continue;
            }
            List<String> problems = checker.check(f, Action.GENERATE, written.get(f), "en", p.title() + "\n" + p.abstractText());
            detail.append("\n    ").append(f.key()).append(' ').append(String.join("; ", problems))
                    .append(": \"").append(abbreviate(written.get(f))).append('"');
            for (String problem : problems) {
                reasons.add(f.key() + " " + problem.replaceAll("[:(].*", "").replaceAll("\\d+", "N").strip());
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("no error but " + repaired.size() + " fields");
        }
        return new Failure(p, reasons, detail.toString());
    }
}
