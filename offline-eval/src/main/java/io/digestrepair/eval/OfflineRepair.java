package io.digestrepair.eval;

import io.digestrepair.core.Action;
import io.digestrepair.core.text.FieldDiagnoser;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.core.wire.Field;
import io.digestrepair.core.wire.FieldRequest;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.core.wire.SummaryResponse;
import io.digestrepair.core.DigestFormat;
import io.digestrepair.offline.OfflineEngine;
import io.digestrepair.parser.diagnosis.DigestDiagnosis;
import io.digestrepair.parser.format.DigestFormats;
import io.digestrepair.summarizer.check.AnswerChecker;
import io.digestrepair.summarizer.metrics.SummarizerMetrics;
import io.digestrepair.summarizer.repair.OfflineFallback;
import io.digestrepair.summarizer.repair.Prompts;
import io.digestrepair.summarizer.repair.RepairChain;
import io.digestrepair.summarizer.repair.RepairPlanner;
import io.digestrepair.support.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code ./digest-repair repair} does to a digest with no LLM configured, in process: the parser's
 * reader and diagnosis, the request the gateway sends for each paper, and summarizer-service's planner and
 * repair chain with no LLM stage over the real offline engine, checks included. Thread-safe.
 */
public final class OfflineRepair {

    /** One paper of a digest with what the repair wrote for it (nothing for a paper kept as it is). */
    public record Repaired(Paper paper, Map<String, String> fields, String error) {
    }

    private final DigestDiagnosis diagnosis = new DigestDiagnosis(new FieldDiagnoser("en", LanguageDetector.shared()));
    private final RepairPlanner planner = new RepairPlanner("en");
    private final RepairChain chain;

    public OfflineRepair(OfflineEngine engine) {
        // as RepairFactory and OfflineEngineFactory wire it when LLM_PROVIDER=offline
        this.chain = new RepairChain(List.of(), new OfflineFallback(() -> engine::summarize),
                new AnswerChecker(LanguageDetector.shared()), Prompts.load("repair-v1"), SummarizerMetrics.none());
    }

    /** The digest's papers as diagnosed; throws IllegalArgumentException for bytes that are no digest. */
    public ParseResult parse(byte[] digest) {
        DigestFormat format = DigestFormats.sniff(digest);
        if (format == null) {
            throw new IllegalArgumentException("neither a Markdown nor a JSON Lines digest");
        }
        return diagnosis.diagnose(DigestFormats.read(digest, format));
    }

    public Repaired repair(Paper p) {
        if (p.action() == Action.KEEP) {
            return new Repaired(p, Map.of(), null);
        }
        try {
            SummaryResponse answer = chain.repair(planner.plan(request(p)));
            return new Repaired(p, answer.fields() == null ? Map.of() : answer.fields(), answer.error());
        } catch (ProblemException e) {
            return new Repaired(p, Map.of(), e.getMessage());
        }
    }

    /** The request the gateway sends: every field with its text, those to repair with their action. */
    static SummaryRequest request(Paper p) {
        Map<String, FieldRequest> fields = new LinkedHashMap<>();
        if (p.fields() != null) {
            for (Map.Entry<String, Field> e : p.fields().entrySet()) {
                fields.put(e.getKey(), new FieldRequest(e.getValue().text(), e.getValue().action()));
            }
        }
        return new SummaryRequest("p" + p.index(), p.title(), p.abstractText(), "en", fields);
    }
}
