package io.digestrepair.simulator.answer;

import io.digestrepair.core.FieldName;
import io.digestrepair.simulator.chat.Paper;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Writes a field anew from the abstract's own sentences, so every number in it is one the abstract states and
 * the text is the abstract's language (English on arXiv). Which sentences each field takes follows the usual
 * shape of an abstract: context first, the proposal, the method, results, a closing claim.
 */
final class ExtractiveWriter {

    /** Below the checks' limits (60 and 120 words), so a differently counting checker still accepts. */
    static final int TLDR_WORDS = 50;
    static final int FIELD_WORDS = 100;

    private static final Pattern PROPOSAL = Pattern.compile(
            "\\b(we|this (paper|work|study|article|letter)|here)\\b.{0,80}?\\b(propose|present|introduce|develop"
                    + "|design|describe|study|investigate|explore|show)", Pattern.CASE_INSENSITIVE);
    private static final Pattern METHOD = Pattern.compile(
            "\\b(method|approach|framework|model|architecture|algorithm|pipeline|module|mechanism|based on|leverag"
                    + "|using|uses|train|design|consist|combin|formulat|introduc|propos)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESULT = Pattern.compile(
            "\\b(result|experiment|show|demonstrat|outperform|achiev|improv|accura|evaluat|state-of-the-art"
                    + "|benchmark|reduc|gain|surpass)|\\d\\s?%", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONCLUSION = Pattern.compile(
            "\\b(conclu|suggest|highlight|potential|future|overall|implication|pave|opens?|insight|promis)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d");
    private static final Pattern LINK = Pattern.compile("(https?://|www\\.)\\S*|\\S+\\.(github\\.io|com|org)\\S*",
            Pattern.CASE_INSENSITIVE);
    /** The section labels of structured abstracts, which in a field read as leaked field labels. */
    private static final Pattern LABEL = Pattern.compile("^\\W{0,3}(background|objectives?|purpose|aims?|motivation"
            + "|methods?|methodology|approach|results?|findings|conclusions?|significance|context|design"
            + "|introduction|problem|tl;dr|summary|abstract)\\W{0,3}\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE);

    String write(String field, Paper paper, SplittableRandom random) {
        List<String> s = sentences(paper.abstractText());
        if (s.isEmpty()) {
            return fromTitle(field, paper.title());
        }
        FieldName name = FieldName.byKey(field).orElse(null);
        if (name == null) {
            return Sentences.truncate(s.getFirst(), FIELD_WORDS);
        }
        return switch (name) {
            case TLDR -> tldr(s, random);
            case MOTIVATION -> join(s, List.of(0, 1).subList(0, firstProposal(s) > 1 ? 2 : 1));
            case METHOD -> join(s, pick(s, i -> METHOD.matcher(s.get(i)).find() && (i > 0 || s.size() < 3), 2,
                    random, s.size() / 2));
            case RESULT -> join(s, pick(s, i -> RESULT.matcher(s.get(i)).find() && i >= s.size() / 3, 2, random,
                    Math.max(0, s.size() - 2)));
            case CONCLUSION -> join(s, List.of(lastMatching(s, i -> CONCLUSION.matcher(s.get(i)).find()
                    && i >= s.size() / 2, s.size() - 1)));
        };
    }

    /** The abstract's sentences fit for a summary; when none is, the others cleaned of links and ellipses. */
    private static List<String> sentences(String abstractText) {
        List<String> all = Sentences.split(abstractText).stream().map(ExtractiveWriter::unlabelled)
                .filter(x -> !x.isEmpty()).toList();
        List<String> usable = all.stream().filter(ExtractiveWriter::summarises).toList();
        if (!usable.isEmpty()) {
            return usable;
        }
        return all.stream()
                .map(x -> LINK.matcher(x).replaceAll("").replaceAll("(\\.\\.\\.|…)$", "").strip())
                .filter(x -> Sentences.words(x) >= 3)
                .map(x -> Sentences.close(Sentences.truncate(x, FIELD_WORDS)))
                .toList();
    }

    /**
     * Whether a sentence can stand in a summary: not a link line ("Code: https://..."), which reads as no
     * language at all, nor a sentence the abstract itself left unfinished.
     */
    private static boolean summarises(String sentence) {
        return !LINK.matcher(sentence).find() && !sentence.endsWith("...") && !sentence.endsWith("…")
                && Sentences.words(sentence) >= 3;
    }

    private static String unlabelled(String sentence) {
        String t = LABEL.matcher(sentence).replaceFirst("");
        return t.isEmpty() || t.length() == sentence.length() ? t
                : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static String tldr(List<String> s, SplittableRandom random) {
        List<Integer> candidates = matching(s, i -> PROPOSAL.matcher(s.get(i)).find());
        if (candidates.isEmpty()) {
            candidates = List.of(0);
        }
        int first = random.nextInt(Math.min(2, candidates.size()));
        for (int k = 0; k < candidates.size(); k++) {
            String one = Sentences.single(s.get(candidates.get((first + k) % candidates.size())), 6);
            if (one != null) {
                return Sentences.truncate(one, TLDR_WORDS);
            }
        }
        String one = Sentences.single(s.getFirst(), 1);
        return Sentences.truncate(one != null ? one : s.getFirst(), TLDR_WORDS);
    }

    private static int firstProposal(List<String> s) {
        List<Integer> p = matching(s, i -> PROPOSAL.matcher(s.get(i)).find());
        return p.isEmpty() ? s.size() : p.getFirst();
    }

    /** Up to {@code max} consecutive matches, from the first or (by seed) second match; else the fallback. */
    private static List<Integer> pick(List<String> s, IntPredicate test, int max, SplittableRandom random,
                                      int fallback) {
        List<Integer> m = matching(s, test);
        if (m.isEmpty()) {
            return List.of(fallback);
        }
        int from = m.size() > max ? random.nextInt(2) : 0;
        return m.subList(from, Math.min(m.size(), from + max));
    }

    private static int lastMatching(List<String> s, IntPredicate test, int fallback) {
        List<Integer> m = matching(s, test);
        return m.isEmpty() ? fallback : m.getLast();
    }

    private static List<Integer> matching(List<String> s, IntPredicate test) {
        List<Integer> m = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (test.test(i)) {
                m.add(i);
            }
        }
        return m;
    }

    /** The sentences in abstract order, as many as fit the word budget (the first one cut if it alone does not). */
    private static String join(List<String> s, List<Integer> indices) {
        StringBuilder text = new StringBuilder();
        for (int i : indices.stream().filter(i -> i < s.size()).distinct().sorted().toList()) {
            if (!text.isEmpty() && Sentences.words(text + " " + s.get(i)) > FIELD_WORDS) {
                break;
            }
            text.append(text.isEmpty() ? "" : " ").append(s.get(i));
        }
        return Sentences.truncate(text.toString(), FIELD_WORDS);
    }

    /**
     * Without an abstract there is nothing to take sentences from; the title's words (less any number, which the
     * missing abstract cannot vouch for) make a generic but honest sentence.
     */
    private static String fromTitle(String field, String title) {
        List<String> words = new ArrayList<>();
        for (String w : Sentences.normalize(title).split(" ")) {
            if (!w.isEmpty() && !DIGITS.matcher(w).find()) {
                words.add(w);
            }
        }
        String topic = words.isEmpty() ? "its subject" : "\"" + String.join(" ", words) + "\"";
        String label = FieldName.byKey(field).map(FieldName::label).orElse(field);
        return Sentences.truncate("The " + label + " of this paper concerns " + topic
                + ", as stated in its title, since no abstract was given.", TLDR_WORDS);
    }
}
