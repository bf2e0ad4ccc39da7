package io.digestrepair.offline.fields;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TL;DR that states the figures its original stated: the TL;DR written from the contribution sentence,
 * joined to the part of a result sentence that carries those figures ("X is a framework that ...; it
 * improves accuracy by 23% on Y."). The pipeline's TL;DRs restate the Result's figures, which the abstract
 * states once, in a sentence the Result field already holds; only a part of that sentence is taken (its
 * reporting frame, "Experiments on five benchmarks show that", and the clauses after the last figure go), so
 * no sentence stands in two fields. The result is one sentence: two clauses joined by a semicolon, or the
 * TL;DR and a participle phrase ("..., achieving 23% ..."), within {@link #MAX_WORDS} words, with
 * no word that is not the abstract's. Stateless.
 */
final class TldrComposer {

    /** The reporting frame before a finding: what goes when the finding alone is wanted. */
    private static final Pattern REPORTING = Pattern.compile(
            "^(?:[^;:]{0,160}?)\\b(?:show|shows|showed|shown|demonstrate|demonstrates|demonstrated|reveal|reveals|revealed"
                    + "|indicate|indicates|indicated|confirm|confirms|confirmed|verify|verifies|verified|suggest|suggests"
                    + "|find|finds|found|observe|observed|illustrate|illustrates|highlight|highlights)"
                    + "(?: empirically| experimentally| consistently| clearly)? that ",
            Pattern.CASE_INSENSITIVE);
    /** An opening phrase that sets where a result holds ("On ImageNet, ", "Compared with X, "), when it states no figure. */
    private static final Pattern SETTING = Pattern.compile(
            "^(?:On|In|Across|Compared (?:with|to)|For|With|Under|Using|Through|When|After|Overall|Empirically|Experimentally"
                    + "|Evaluated|Tested|Validated|Applied|Trained|Benchmarked"
                    + "|Notably|Specifically|Moreover|Furthermore|Additionally|In addition|As a result|Finally)\\b[^,;]{0,100}, ");
    /** Where a clause after the last needed figure begins: the phrase ends there. */
    private static final Pattern CLAUSE_AFTER = Pattern.compile(
            ", (?:which|while|whereas|where|thereby|thus|and thus|demonstrating|highlighting|showing|suggesting|indicating"
                    + "|establishing|underscoring|confirming|validating|making|paving|offering|providing|setting|maintaining|preserving"
                    + "|retaining|while maintaining|while preserving|while using|while requiring)\\b|; | (?:--|—|–) ");
    /** A participle phrase that can follow the TL;DR's clause after a comma: its subject is the TL;DR's. */
    private static final Pattern PARTICIPLE = Pattern.compile(
            "^(?:achieving|improving|reducing|yielding|outperforming|reaching|attaining|surpassing|delivering|obtaining"
                    + "|boosting|increasing|decreasing|lowering|cutting|raising|exceeding|matching|enabling|accelerating)\\b");
    /** Capitalised openings that are ordinary words, not names: lower-cased after the semicolon. */
    private static final Set<String> COMMON_OPENINGS = Set.of(
            "Our", "The", "It", "This", "These", "Its", "Their", "They", "We", "Experiments", "Results", "Evaluations",
            "Compared", "Across", "On", "In", "Both", "All", "Each", "Such", "Using", "With", "A", "An");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}%]+");
    /**
     * The longest composed TL;DR: longer than a TL;DR of one of the abstract's sentences ({@link TldrWriter#MAX_WORDS})
     * since it says what the paper does and what it found, within the summarizer's limit for a TL;DR (60 words).
     */
    static final int MAX_WORDS = 50;
    /** A phrase leaves out at least this many words of its sentence: less would be the sentence copied. */
    private static final int MIN_LEFT_OUT = 2;
    /** A participle that reports the figures inside a sentence with no frame to drop: "..., achieving 80.4% ...". */
    private static final Pattern INNER_PARTICIPLE = Pattern.compile(
            "(?:,| by) (?=(?:achieving|improving|reducing|yielding|outperforming|reaching|attaining|surpassing|delivering"
                    + "|obtaining|boosting|increasing|lowering|cutting|raising|exceeding)\\b)");
    /** TL;DRs whose subject is the paper itself: a participle after them would say the paper achieved the figures. */
    private static final Pattern PAPER_SUBJECT = Pattern.compile("^(?:This|The|Our) (?:study|paper|work|article|survey|report|thesis)\\b");
    /** The fewest words of a phrase worth adding. */
    private static final int MIN_PHRASE_WORDS = 4;

    private TldrComposer() {
    }

    /**
     * {@code tldr} joined to the part of {@code result} that states {@code wanted} (values as {@link FieldFacts}
     * reads them); null when no such part is a clause or participle phrase, when the part would be the whole
     * sentence, or when the joined text would not fit {@link #MAX_WORDS} words as one complete sentence.
     */
    static String compose(String tldr, String result, Set<String> wanted) {
        String phrase = phrase(result, wanted);
        if (phrase == null) {
            return null;
        }
        if (!PAPER_SUBJECT.matcher(tldr).lookingAt()) {
            String reported = asParticiple(phrase);
            if (reported != null) {
                phrase = reported;
            }
        }
        boolean participle = PARTICIPLE.matcher(phrase).lookingAt();
        boolean clause = !participle && SentenceShape.isComplete(phrase);
        if (!participle && !clause || participle && PAPER_SUBJECT.matcher(tldr).lookingAt()
                || SentenceCues.words(phrase) > SentenceCues.words(result) - MIN_LEFT_OUT) {
            return null;
        }
        String joined = lowerOpening(phrase);
        String base = withoutStop(tldr);
        int room = MAX_WORDS - SentenceCues.words(joined);
        if (room < 8) {
            return null;
        }
        if (SentenceCues.words(base) > room) {
            base = TldrWriter.shortened(base, room);
            if (base == null) {
                return null;
            }
            base = withoutStop(base);
        }
        String composed = base + (participle ? ", " : "; ") + joined;
        composed = composed.endsWith(".") ? composed : composed + ".";
        if (SentenceCues.words(composed) > MAX_WORDS || TldrWriter.secondSentence(composed) >= 0
                || !SentenceShape.isComplete(composed) || contains(composed, result)
                || contains(composed, SentenceCues.withoutConnective(result))) {
            return null;
        }
        return composed;
    }

    /**
     * The part of {@code sentence} that states the wanted figures: without its reporting frame or an opening
     * setting that states none of them, and without the clauses after the last of them. Null when it states none.
     */
    static String phrase(String sentence, Set<String> wanted) {
        String s = withoutStop(sentence.strip());
        if (!states(s, wanted)) {
            return null;
        }
        Matcher frame = REPORTING.matcher(s);
        if (frame.find() && states(s.substring(frame.end()), wanted) && !states(s.substring(0, frame.end()), wanted)) {
            s = s.substring(frame.end());
        }
        Matcher setting = SETTING.matcher(s);
        if (setting.find() && !states(s.substring(0, setting.end()), wanted)) {
            s = s.substring(setting.end());
        }
        if (s.length() == withoutStop(sentence.strip()).length()) {
            // nothing to drop before the figures: from the participle that reports them, if one does
            Matcher inner = INNER_PARTICIPLE.matcher(s);
            while (inner.find()) {
                if (!states(s.substring(0, inner.start()), wanted)) {
                    s = s.substring(inner.end());
                    break;
                }
            }
        }
        // the clauses after the last wanted figure go
        int last = lastFigure(s, wanted);
        Matcher after = CLAUSE_AFTER.matcher(s);
        while (after.find()) {
            if (after.start() >= last) {
                s = s.substring(0, after.start());
                break;
            }
        }
        s = s.strip().replaceAll("[,;:]+$", "");
        return SentenceCues.words(s) >= MIN_PHRASE_WORDS ? s : null;
    }

    /**
     * "Our method achieves 23% ..." as "achieving 23% ...": the finding of the paper's own method (its subject
     * "our/the proposed/this method, model, framework ...", or "it") as a participle phrase whose subject is
     * the TL;DR's; null for any other subject or verb.
     */
    static String asParticiple(String phrase) {
        Matcher m = OWN_SUBJECT.matcher(phrase);
        if (!m.lookingAt()) {
            return null;
        }
        String verb = m.group(1).toLowerCase(Locale.ROOT);
        List<String> stems = verb.endsWith("ies") ? List.of(verb.substring(0, verb.length() - 3) + "y")
                : verb.endsWith("ed") ? List.of(verb.substring(0, verb.length() - 2), verb.substring(0, verb.length() - 1))
                : verb.endsWith("es") ? List.of(verb.substring(0, verb.length() - 2), verb.substring(0, verb.length() - 1))
                : List.of(verb.substring(0, verb.length() - 1));
        String base = stems.stream().filter(REPORTING_VERBS::contains).findFirst().orElse(null);
        if (base == null) {
            return null;
        }
        String ing = DOUBLED.contains(base) ? base + base.charAt(base.length() - 1) + "ing"
                : base.endsWith("e") && !base.endsWith("ee") ? base.substring(0, base.length() - 1) + "ing" : base + "ing";
        return ing + phrase.substring(m.end(1));
    }

    /** The paper's own method as a subject, then a finite verb ({@code -s} or {@code -ed}). */
    private static final Pattern OWN_SUBJECT = Pattern.compile(
            "^(?:(?:our|the proposed|this|the resulting|the full)(?: [\\w-]+){0,3}? (?:method|approach|model|framework|system"
                    + "|algorithm|pipeline|technique|network|architecture|scheme|design|solution|agent|policy|estimator|detector"
                    + "|planner|module|strategy)s?|it)(?: (?:also|further|consistently|significantly|substantially|still))? "
                    + "([a-z]+(?:s|ed))\\b", Pattern.CASE_INSENSITIVE);
    /** Verbs that report a finding and read well as a participle after the TL;DR: "..., achieving 23% ...". */
    private static final Set<String> REPORTING_VERBS = Set.of(
            "achieve", "improve", "reduce", "yield", "outperform", "reach", "attain", "surpass", "deliver", "obtain",
            "boost", "increase", "decrease", "lower", "exceed", "raise", "accelerate", "cut", "match", "enhance",
            "speed", "save", "gain", "score", "record", "set", "establish", "demonstrate", "show", "exhibit", "provide",
            "enable", "maintain", "preserve", "retain", "produce", "generate", "run", "require", "use", "need");
    /** Verbs whose last consonant doubles before -ing. */
    private static final Set<String> DOUBLED = Set.of("cut", "set", "run");

    /** Whether {@code phrase} opens with a participle ("achieving ..."): no clause of its own. */
    static boolean opensParticiple(String phrase) {
        return PARTICIPLE.matcher(phrase).lookingAt();
    }

    private static boolean states(String text, Set<String> wanted) {
        for (String v : FieldFacts.ofSentence(text).numbers()) {
            if (wanted.contains(v)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the shortest prefix of {@code s} that states every wanted figure {@code s} states. */
    private static int lastFigure(String s, Set<String> wanted) {
        Set<String> all = FieldFacts.ofSentence(s).numbers();
        long need = all.stream().filter(wanted::contains).count();
        // grow the prefix word by word: the figures are few, the sentences short
        int end = 0;
        while (end < s.length()) {
            int next = s.indexOf(' ', end + 1);
            end = next < 0 ? s.length() : next;
            String prefix = s.substring(0, end);
            if (FieldFacts.ofSentence(prefix).numbers().stream().filter(wanted::contains).count() >= need) {
                return end;
            }
        }
        return s.length();
    }

    static String lowerOpening(String phrase) {
        int end = 0;
        while (end < phrase.length() && Character.isLetter(phrase.charAt(end))) {
            end++;
        }
        String first = phrase.substring(0, end);
        return COMMON_OPENINGS.contains(first) ? Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1) : phrase;
    }

    static String withoutStop(String s) {
        String t = s.strip();
        while (t.endsWith(".") || t.endsWith(";") || t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Whether {@code text} holds all of {@code sentence}'s words in a row (folded): a whole sentence copied. */
    static boolean contains(String text, String sentence) {
        String a = " " + fold(text) + " ";
        String b = fold(sentence);
        return !b.isEmpty() && a.contains(" " + b + " ");
    }

    private static String fold(String s) {
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
