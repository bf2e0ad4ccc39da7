package io.digestrepair.summarizer.check;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.Diagnosis;
import io.digestrepair.core.text.FieldDiagnoser;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.core.text.Placeholders;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a written field may be returned. Every problem is phrased so that it can be
 * sent back to the model in a corrective retry.
 */
public final class AnswerChecker {

    public static final int TLDR_MAX_WORDS = 60;
    public static final int FIELD_MAX_WORDS = 120;

    /** Sources whose stated numbers are kept: a paper's fields are checked against one abstract, a batch's papers at once. */
    private static final int STATED_CACHE = 64;

    private final LanguageDetector detector;
    private final Map<String, FieldDiagnoser> diagnosers = new ConcurrentHashMap<>();
    /** The numbers each recent source states, read once for all the fields generated from it. */
    private final Map<String, Set<String>> stated = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
                    return size() > STATED_CACHE;
                }
            });

    public AnswerChecker(LanguageDetector detector) {
        this.detector = detector;
    }

    /**
     * The problems of one written field; empty when it may be returned.
     *
     * @param source      for a translation, the text translated; for a generated field, title and abstract
     */
    public List<String> check(FieldName field, Action mode, String text, String targetLanguage, String source) {
        return check(field, mode, text, targetLanguage, source, mode == Action.TRANSLATE ? null : source);
    }

    /**
     * As above, {@code paperText} (title and abstract) deciding which characters of another script the answer
     * may hold (see {@link StrayScript}); null when unknown: then any such character is stray.
     */
    public List<String> check(FieldName field, Action mode, String text, String targetLanguage, String source,
                              String paperText) {
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add("missing or empty");
            return problems;
        }
        String t = text.strip();
        if (isPlaceholder(t)) {
            problems.add("is a placeholder (\"" + abbreviate(t) + "\"), not a summary");
            return problems;
        }
        // one diagnosis gives both the language and the parser's verdict (language detection is the costly part)
        Diagnosis diagnosis = diagnoser(targetLanguage).diagnose(field, t);
        switch (diagnosis.status()) {
            case NON_TARGET_LANGUAGE -> problems.add("is not in the target language (" + targetLanguage
                    + "; detected " + diagnosis.language() + ")");
            case PLACEHOLDER -> problems.add("looks like a placeholder");
            case SUSPECT -> problems.add("looks like leaked markup or a truncated text");
            case MISSING, OK -> {
            }
        }
        if (diagnosis.status() != io.digestrepair.core.FieldStatus.NON_TARGET_LANGUAGE) {
            List<String> stray = StrayScript.stray(t, targetLanguage, paperText);
            if (!stray.isEmpty()) {
                problems.add("holds characters of another script that the title and abstract do not have ("
                        + String.join(" ", stray.stream().map(r -> "\"" + abbreviate(r) + "\"").toList())
                        + "): write them in the target language");
            }
        }
        int words = Sentences.words(t);
        if (field == FieldName.TLDR) {
            int sentences = Sentences.count(t);
            if (sentences != 1) {
                problems.add("must be one sentence, has " + sentences);
            }
            if (words > TLDR_MAX_WORDS) {
                problems.add("has " + words + " words, at most " + TLDR_MAX_WORDS + " allowed");
            }
        } else if (words > FIELD_MAX_WORDS) {
            problems.add("has " + words + " words, at most " + FIELD_MAX_WORDS + " allowed");
        }
        if (source != null) {
            problems.addAll(mode == Action.TRANSLATE ? translationGrounding(source, t) : generationGrounding(source, t));
        }
        return problems;
    }

    /** The parser's own judgement, so that nothing it would flag as a placeholder is ever written back. */
    public static boolean isPlaceholder(String text) {
        return Placeholders.isPlaceholder(text);
    }

    private List<String> generationGrounding(String source, String text) {
        if (Grounding.copiedVerbatim(source, text)) {
            return List.of(); // its numbers are the abstract's own
        }
        List<Grounding.Num> numbers = Grounding.scan(text);
        if (numbers.isEmpty()) {
            return List.of(); // nothing to ground, and what the abstract states is the costly part to read
        }
        Set<String> allowed = stated.get(source);
        if (allowed == null) {
            allowed = Collections.unmodifiableSet(Grounding.statedNumbers(source));
            stated.put(source, allowed);
        }
        Set<String> invented = new LinkedHashSet<>();
        for (Grounding.Num n : numbers) {
            if (n.values().stream().noneMatch(allowed::contains)) {
                invented.add(n.value());
            }
        }
        return invented.isEmpty() ? List.of()
                : List.of("states numbers that are not in the abstract: " + String.join(", ", invented));
    }

    private static List<String> translationGrounding(String source, String text) {
        List<String> problems = new ArrayList<>();
        // a number of the source must be a whole number of the translation, by value ("48,000" = "48000",
        // "1e-4" = "0.0001", "4.8万" = "48,000", the percent sign optional), or a number word ("7
        // benchmarks" may become "seven benchmarks"); "7" inside "0.2457" or "15" inside "15.4%" is not it
        Set<String> carried = Grounding.carriedNumbers(text);
        Set<String> lostNumbers = new LinkedHashSet<>();
        for (Grounding.Num n : Grounding.factualNumbers(source)) {
            if (n.values().stream().noneMatch(carried::contains)) {
                lostNumbers.add(n.value());
            }
        }
        if (!lostNumbers.isEmpty()) {
            problems.add("drops numbers of the original: " + String.join(", ", lostNumbers));
        }
        String lower = Grounding.nfkc(text).toLowerCase(Locale.ROOT);
        List<String> lostTerms = new ArrayList<>();
        for (String term : Grounding.latinTerms(source)) {
            if (!lower.contains(term.toLowerCase(Locale.ROOT))) {
                lostTerms.add(term);
            }
        }
        if (!lostTerms.isEmpty()) {
            problems.add("drops terms of the original: " + String.join(", ", lostTerms));
        }
        return problems;
    }

    private FieldDiagnoser diagnoser(String targetLanguage) {
        return diagnosers.computeIfAbsent(targetLanguage, l -> new FieldDiagnoser(l, detector));
    }

    private static String abbreviate(String t) {
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }
}
