package io.digestrepair.summarizer.repair;

import io.digestrepair.core.Action;
import io.digestrepair.core.Diagnosis;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.wire.Provenance;
import io.digestrepair.core.wire.SummaryResponse;
import io.digestrepair.offline.OfflineEngine;
import io.digestrepair.summarizer.check.AnswerChecker;
import io.digestrepair.summarizer.config.Languages;
import io.digestrepair.summarizer.llm.CallLog;
import io.digestrepair.summarizer.llm.Conversation;
import io.digestrepair.summarizer.llm.LlmHealth;
import io.digestrepair.summarizer.llm.LlmStage;
import io.digestrepair.summarizer.llm.LlmUnavailable;
import io.digestrepair.summarizer.metrics.SummarizerMetrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Repairs one paper: the main model, one corrective retry, the fallback model (with its own corrective
 * retry), then the offline engine, each stage asked only for the fields still without an accepted text.
 * A field is accepted the moment a written text passes {@link AnswerChecker}, so an answer that is good
 * for four fields of five keeps those four whatever happens to the fifth.
 */
public final class RepairChain {

    public static final String NO_PROMPT = "none";

    private final List<LlmStage> stages;
    private final OfflineFallback offline;
    private final AnswerChecker checker;
    private final Prompts prompts;
    private final SummarizerMetrics metrics;

    public RepairChain(List<LlmStage> stages, OfflineFallback offline, AnswerChecker checker, Prompts prompts,
                       SummarizerMetrics metrics) {
        this.stages = List.copyOf(stages);
        this.offline = offline;
        this.checker = checker;
        this.prompts = prompts;
        this.metrics = metrics;
    }

    private record Accepted(String text, String engine, String model, String mode, String promptVersion) {
    }

    /** Throws {@link java.util.concurrent.CancellationException} when the calling thread is interrupted. */
    public SummaryResponse repair(RepairPlan plan) {
        Set<FieldName> pending = EnumSet.noneOf(FieldName.class);
        pending.addAll(plan.toRepair());
        if (pending.isEmpty()) {
            return new SummaryResponse(plan.id(), Map.of(), Map.of(), null);
        }
        Map<FieldName, Accepted> accepted = new EnumMap<>(FieldName.class);
        Map<FieldName, List<String>> fieldWarnings = new EnumMap<>(FieldName.class);
        CallLog log = new CallLog();

        for (int i = 0; i < stages.size() && !pending.isEmpty(); i++) {
            LlmStage stage = stages.get(i);
            if (i > 0) {
                metrics.fallback("model");
                log.warn("fallback to " + stage.engine() + "/" + stage.model());
            }
            LlmHealth.Stop stop = stage.health().stopped(stage.model());
            if (stop != null) {
                log.stopped(stop);
                log.warn(stop.reason() + ": " + stage.model() + " not asked");
                metrics.stoppedPaper(stop.cause());
                continue;
            }
            if (stage.guard().isOpen()) {
                log.warn(stage.engine() + " circuit open: " + stage.model() + " not asked");
                continue;
            }
            runStage(stage, plan, pending, accepted, fieldWarnings, log);
        }

        String error = null;
        if (!pending.isEmpty()) {
            if (!stages.isEmpty()) {
                metrics.fallback("offline");
                log.warn("fallback to offline engine");
            }
            Set<FieldName> failed = EnumSet.copyOf(pending);
            error = runOffline(plan, pending, accepted, fieldWarnings);
            if (error != null) {
                error = error + whatWentWrong(failed, pending, fieldWarnings);
            }
        }
        return answer(plan, accepted, fieldWarnings, log, error);
    }

    private void runStage(LlmStage stage, RepairPlan plan, Set<FieldName> pending, Map<FieldName, Accepted> accepted,
                          Map<FieldName, List<String>> fieldWarnings, CallLog log) {
        Conversation conversation = stage.conversations().open();
        try {
            Map<FieldName, String> acceptedTexts = new EnumMap<>(FieldName.class);
            accepted.forEach((f, a) -> acceptedTexts.put(f, a.text()));
            Set<FieldName> asked = EnumSet.copyOf(pending);
            String message = prompts.user(Languages.name(plan.targetLanguage()),
                    PaperMessage.json(plan, asked, acceptedTexts));
            for (int round = 0; round < 2 && !asked.isEmpty(); round++) {
                LlmStage.Answer answer = stage.ask(conversation, message, asked, log);
                List<String> problems = new ArrayList<>();
                if (answer.cutOff()) {
                    problems.add("the reply was cut off at the token limit before it was complete");
                }
                if (!answer.reading().complete()) {
                    problems.add("the reply was not one complete JSON object (" + answer.reading().problem() + ")");
                    log.warn(stage.engine() + "/" + stage.model() + ": reply " + answer.reading().problem());
                }
                if (!answer.reading().repairs().isEmpty()) {
                    log.warn(stage.engine() + "/" + stage.model() + ": reply read leniently ("
                            + String.join(", ", answer.reading().repairs()) + ")");
                }
                Set<FieldName> failing = EnumSet.noneOf(FieldName.class);
                for (FieldName f : asked) {
                    String text = answer.fields().get(f);
                    List<String> fieldProblems = checker.check(f, plan.action(f), text, plan.targetLanguage(),
                            plan.groundingSource(f), plan.title() + "\n" + plan.abstractText());
                    if (fieldProblems.isEmpty()) {
                        accepted.put(f, new Accepted(text.strip(), stage.engine(), stage.model(), plan.action(f).name(), prompts.version()));
                        pending.remove(f);
                        metrics.field(stage.engine(), plan.action(f).name(), "accepted");
                    } else {
                        failing.add(f);
                        metrics.field(stage.engine(), plan.action(f).name(), "rejected");
                        for (String p : fieldProblems) {
                            problems.add(f.key() + " " + p);
                            fieldWarnings.computeIfAbsent(f, k -> new ArrayList<>())
                                    .add(stage.model() + " answer " + (round + 1) + ": " + p);
                        }
                    }
                }
                if (failing.isEmpty()) {
                    return;
                }
                if (round == 0) {
                    metrics.correctiveRetry(stage.engine());
                }
                asked = failing;
                message = prompts.correction(problems, asked.stream().map(FieldName::key).toList());
            }
        } catch (LlmUnavailable e) {
            log.warn(e.getMessage());
            LlmHealth.Stop stop = stage.health().stopped(stage.model());
            if (stop != null) {
                metrics.stoppedPaper(stop.cause());
            }
        } finally {
            stage.conversations().close(conversation);
        }
    }

    private String runOffline(RepairPlan plan, Set<FieldName> pending, Map<FieldName, Accepted> accepted,
                              Map<FieldName, List<String>> fieldWarnings) {
        if (plan.abstractText().isBlank()) {
            // the engine's fields are sentences of the abstract: without one it has nothing to write from
            return fieldList(pending) + " could not be repaired: the paper has no abstract, and the offline engine"
                    + " writes fields only from the abstract's sentences";
        }
        Map<FieldName, String> originals = new EnumMap<>(FieldName.class);
        for (FieldName f : pending) {
            if (plan.action(f) == Action.TRANSLATE) {
                originals.put(f, plan.fields().get(f).text());
            }
        }
        OfflineFallback.Result result = offline.summarize(plan.title(), plan.abstractText(), originals);
        if (result.error() != null) {
            return fieldList(pending) + " could not be repaired: " + result.error();
        }
        List<String> failures = new ArrayList<>();
        for (FieldName f : EnumSet.copyOf(pending)) {
            String text = result.fields().get(f);
            // the offline engine extracts from the abstract whatever the field's action: it is checked as generated
            List<String> problems = checker.check(f, Action.GENERATE, text, plan.targetLanguage(),
                    plan.title() + "\n" + plan.abstractText());
            if (problems.isEmpty()) {
                accepted.put(f, new Accepted(text.strip(), OfflineEngine.ENGINE, OfflineEngine.modelId(), Action.GENERATE.name(), NO_PROMPT));
                pending.remove(f);
                metrics.field(OfflineEngine.ENGINE, plan.action(f).name(), "accepted");
                if (originals.containsKey(f)) {
                    fieldWarnings.computeIfAbsent(f, k -> new ArrayList<>()).add(notTranslated(originals.get(f)));
                }
            } else {
                metrics.field(OfflineEngine.ENGINE, plan.action(f).name(), "rejected");
                failures.add(f.key() + " " + String.join("; ", problems));
                fieldWarnings.computeIfAbsent(f, k -> new ArrayList<>()).add("offline: " + String.join("; ", problems));
            }
        }
        return failures.isEmpty() ? null : "the offline engine's text failed the checks: " + String.join(" | ", failures);
    }

    /**
     * The provenance warning of a field the offline engine wrote in place of one in another language: it says
     * that no translation was made, and from what language the original was (digest-core's detector).
     */
    static String notTranslated(String original) {
        String code = LanguageDetector.shared().detect(original);
        String language = Diagnosis.UNDETERMINED.equals(code) ? "another language" : Languages.name(code) + " (" + code + ")";
        return "not translated: the original was in " + language
                + "; the offline engine wrote this field from the abstract's sentences";
    }

    private SummaryResponse answer(RepairPlan plan, Map<FieldName, Accepted> accepted,
                                   Map<FieldName, List<String>> fieldWarnings, CallLog log, String error) {
        return written(plan, accepted, fieldWarnings, log, error).with(log.usage(),
                stages.isEmpty() ? null : log.llm(stages.getFirst().health(), stages.stream().map(LlmStage::model).toList()));
    }

    private SummaryResponse written(RepairPlan plan, Map<FieldName, Accepted> accepted,
                                    Map<FieldName, List<String>> fieldWarnings, CallLog log, String error) {
        if (error != null && !log.warnings().isEmpty()) {
            // a paper with nothing to show has no provenance to carry what happened on the way
            error = error + " (on the way: " + String.join("; ", log.warnings()) + ")";
        }
        if (accepted.isEmpty()) {
            metrics.paper("failed");
            return SummaryResponse.failed(plan.id(), error);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        List<String> paperWarnings = log.warnings();
        for (Map.Entry<FieldName, Accepted> e : accepted.entrySet()) {
            Accepted a = e.getValue();
            List<String> warnings = new ArrayList<>(fieldWarnings.getOrDefault(e.getKey(), List.of()));
            warnings.addAll(paperWarnings);
            fields.put(e.getKey().key(), a.text());
            provenance.put(e.getKey().key(), new Provenance(a.engine(), a.model(), a.mode(),
                    a.promptVersion(), log.attempts(), warnings));
        }
        metrics.paper(error == null ? "repaired" : "partial");
        return new SummaryResponse(plan.id(), fields, provenance, error);
    }

    /** The LLM's last problems with each field still missing, so that an error says why. */
    private static String whatWentWrong(Set<FieldName> failed, Set<FieldName> pending,
                                        Map<FieldName, List<String>> fieldWarnings) {
        StringBuilder b = new StringBuilder();
        for (FieldName f : failed) {
            List<String> w = fieldWarnings.get(f);
            if (pending.contains(f) && w != null && !w.isEmpty()) {
                b.append("; ").append(f.key()).append(": ").append(String.join("; ", w));
            }
        }
        return b.toString();
    }

    private static String fieldList(Set<FieldName> fields) {
        return String.join(", ", fields.stream().map(FieldName::key).toList());
    }
}
