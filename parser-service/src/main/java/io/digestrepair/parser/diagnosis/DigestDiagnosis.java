package io.digestrepair.parser.diagnosis;

import io.digestrepair.core.Action;
import io.digestrepair.core.Diagnosis;
import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.FieldStatus;
import io.digestrepair.core.text.FieldDiagnoser;
import io.digestrepair.core.wire.Counts;
import io.digestrepair.core.wire.Field;
import io.digestrepair.core.wire.LineProblem;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.parser.digest.FieldSlot;
import io.digestrepair.parser.digest.FieldValue;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.digest.ParsedDigest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Diagnoses every field of a read digest and answers in the wire's terms. Plain Java, thread-safe. */
public final class DigestDiagnosis {

    private final FieldDiagnoser diagnoser;

    public DigestDiagnosis(FieldDiagnoser diagnoser) {
        this.diagnoser = diagnoser;
    }

    public ParseResult diagnose(ParsedDigest digest) {
        List<PaperEntry> entries = digest.papers();
        if (digest.format() == DigestFormat.CRAWL) {
            // the day's papers before the AI step: there are no fields to diagnose, only papers to know
            List<Paper> papers = entries.stream().map(DigestDiagnosis::crawled).toList();
            return new ParseResult(digest.format(), diagnoser.targetLanguage(), papers,
                    counts(papers, digest.problems().size()), digest.problems());
        }
        // one thread per digest: the parser's cores are used by concurrent requests (a backfill uploads several
        // digests at once); a parallel stream over the papers as well cost 20-40% more CPU per corpus pass
        List<Paper> papers = entries.stream().map(this::diagnose).toList();
        List<LineProblem> problems = NulBytes.withProblems(digest.problems(), digest.source());
        return new ParseResult(digest.format(), diagnoser.targetLanguage(), papers,
                counts(papers, problems.size()), problems);
    }

    public Paper diagnose(PaperEntry entry) {
        Map<String, Field> fields = new LinkedHashMap<>();
        Action paperAction = Action.KEEP;
        for (FieldName name : FieldName.values()) {
            FieldValue value = entry.field(name);
            Diagnosis d = value.present()
                    ? diagnoser.diagnose(name, value.text())
                    : Diagnosis.of(FieldStatus.MISSING, Diagnosis.UNDETERMINED);
            fields.put(name.key(), new Field(value.text(), d.status(), d.language(), d.action(), span(value.slot())));
            paperAction = stronger(paperAction, d.action());
        }
        return new Paper(entry.index(), entry.id(), entry.title(), entry.url(), entry.authors(), entry.category(),
                entry.abstractText(), paperAction, fields, entry.line());
    }

    private static Paper crawled(PaperEntry entry) {
        return new Paper(entry.index(), entry.id(), entry.title(), entry.url(), entry.authors(), entry.category(),
                entry.abstractText(), Action.KEEP, Map.of(), entry.line());
    }

    private static List<Long> span(FieldSlot slot) {
        return slot == null ? null : List.of(slot.start(), slot.end());
    }

    private static Action stronger(Action a, Action b) {
        return b.ordinal() > a.ordinal() ? b : a;
    }

    static Counts counts(List<Paper> papers, int problems) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (FieldStatus s : FieldStatus.values()) {
            statuses.put(s.name(), 0);
        }
        Map<String, Integer> actions = new LinkedHashMap<>();
        for (Action a : Action.values()) {
            actions.put(a.name(), 0);
        }
        Map<String, Integer> languages = new TreeMap<>();
        int ok = 0;
        for (Paper p : papers) {
            if (p.action() == Action.KEEP) {
                ok++;
            }
            for (Field f : p.fields().values()) {
                statuses.merge(f.status().name(), 1, Integer::sum);
                actions.merge(f.action().name(), 1, Integer::sum);
                if (!f.text().isBlank()) {
                    languages.merge(f.language(), 1, Integer::sum);
                }
            }
        }
        return new Counts(papers.size(), ok, papers.size() - ok, statuses, actions, languages, problems);
    }
}
