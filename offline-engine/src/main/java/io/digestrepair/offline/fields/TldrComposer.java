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
 * states once, in a sentence the Result field already holds; only a part of that sentence is taken
 * ({@link FigurePhrase}), so no sentence stands in two fields; when the part would be the whole sentence, the
 * figures of the sentence's main clause only. The result
 * is one sentence: clauses joined by semicolons (a second one from another sentence for figures the first left
 * out), or the TL;DR and a participle phrase ("..., achieving 23% ...", also from a finding whose subject is
 * the TL;DR's own name), within {@link #MAX_WORDS} words, with no word that is not the abstract's (but the
 * participle's ending). Stateless.
 */
final class TldrComposer {

    /** A participle phrase that can follow the TL;DR's clause after a comma: its subject is the TL;DR's. */
    private static final Pattern PARTICIPLE = Pattern.compile(
            "^(?:achieving|improving|reducing|yielding|outperforming|reaching|attaining|surpassing|delivering|obtaining"
                    + "|boosting|increasing|decreasing|lowering|cutting|raising|exceeding|matching|enabling|accelerating)\\b");
    /** Capitalised openings that are ordinary words, not names: lower-cased after the semicolon. */
    private static final Set<String> COMMON_OPENINGS = Set.of(
            "Our", "The", "It", "This", "These", "Its", "Their", "They", "We", "Experiments", "Results", "Evaluations",
            "Compared", "Across", "On", "In", "Both", "All", "Each", "Such", "Using", "With", "A", "An", "As", "Although",
            "While", "When", "Since", "Because", "Given", "Among", "Beyond", "Despite", "Under", "By", "For", "From",
            "After", "Over", "Through", "At", "Events", "Most", "Only", "Even", "Participants", "Models", "No", "Here",
            "Rather", "However", "Existing", "Current", "Prior", "Previous", "Recent", "Many", "Some", "Several", "Further", "Finally", "First",
            "Second", "Then", "Thus", "Therefore", "Moreover", "Specifically", "Notably", "Overall", "Traditional",
            "Standard", "Two", "Three", "Four", "Five", "Humans", "Users", "Large", "Extensive", "Empirical", "Yet", "And",
            "But", "Instead", "Together", "Importantly", "Surprisingly", "Interestingly", "Crucially", "Consequently");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}%]+");
    /**
     * The longest composed TL;DR: longer than a TL;DR of one of the abstract's sentences ({@link TldrWriter#MAX_WORDS})
     * since it says what the paper does and what it found; the summarizer's limit for a TL;DR (60 words), as the
     * pipeline's own TL;DRs that state the figures are long (50 words ran short of room for 710 of them).
     */
    static final int MAX_WORDS = 60;
    /** TL;DRs whose subject is the paper itself: a participle after them would say the paper achieved the figures. */
    private static final Pattern PAPER_SUBJECT = Pattern.compile("^(?:This|The|Our) (?:study|paper|work|article|survey|report|thesis)\\b");

    private TldrComposer() {
    }

    /**
     * {@code tldr} joined to the part of {@code result} that states {@code wanted} (values as {@link FieldFacts}
     * reads them); null when no such part is a clause or participle phrase, when the part would be the whole
     * sentence, or when the joined text would not fit {@link #MAX_WORDS} words as one complete sentence.
     */
    static String compose(String tldr, String result, Set<String> wanted) {
        return compose(tldr, result, wanted, false, false);
    }

    /**
     * {@link #compose(String, String, Set)}, where {@code whole} allows the whole of {@code result}: a sentence
     * no field holds, which the TL;DR may then take entire; {@code tight} as for
     * {@link FigurePhrase#of(String, Set, boolean)}.
     */
    static String compose(String tldr, String result, Set<String> wanted, boolean whole, boolean tight) {
        String phrase = FigurePhrase.of(fromSubject(subjectOf(tldr), result, wanted), wanted, tight);
        if (phrase == null) {
            return null;
        }
        // a finding restated as a participle is no copy of its sentence: its subject has gone, its verb changed
        boolean rewritten = false;
        if (!PAPER_SUBJECT.matcher(tldr).lookingAt()) {
            String reported = asParticiple(phrase);
            if (reported == null) {
                reported = asParticipleOf(subjectOf(tldr), phrase);
            }
            if (reported != null) {
                phrase = reported;
                rewritten = true;
            }
        }
        boolean participle = rewritten || PARTICIPLE.matcher(phrase).lookingAt();
        boolean clause = !participle && SentenceShape.isComplete(phrase);
        if (!rewritten && !whole && SentenceCues.words(phrase) > SentenceCues.words(result) - FigurePhrase.MIN_LEFT_OUT) {
            // the figures span the whole sentence: those of its main clause alone, without its opening
            Set<String> fewer = FigurePhrase.mainClauseFigures(result, wanted);
            if (!fewer.isEmpty() && fewer.size() < wanted.size()) {
                return compose(tldr, result, fewer, false, tight);
            }
        }
        if (!participle && !clause || participle && PAPER_SUBJECT.matcher(tldr).lookingAt()
                || !rewritten && !whole && SentenceCues.words(phrase) > SentenceCues.words(result) - FigurePhrase.MIN_LEFT_OUT) {
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
                || !SentenceShape.isComplete(composed) || !whole && (contains(composed, result)
                || contains(composed, SentenceCues.withoutConnective(result)))) {
            return null;
        }
        return composed;
    }

    /**
     * A composed TL;DR ({@link #compose}) with a second clause, from another sentence, for the figures the
     * first left out: "X is ...; it achieves 23% on A; the corpus covers 25 languages." Only a clause (a
     * participle there would take the last clause's subject), within {@link #MAX_WORDS} words as one sentence;
     * null otherwise.
     */
    static String composeMore(String composed, String other, Set<String> wanted) {
        return composeMore(composed, other, wanted, false);
    }

    /** {@link #composeMore(String, String, Set)}; {@code tight} as for {@link FigurePhrase#of(String, Set, boolean)}. */
    static String composeMore(String composed, String other, Set<String> wanted, boolean tight) {
        String phrase = FigurePhrase.of(other, wanted, tight);
        if (phrase == null || PARTICIPLE.matcher(phrase).lookingAt() || !SentenceShape.isComplete(phrase)
                || SentenceCues.words(phrase) > SentenceCues.words(other) - FigurePhrase.MIN_LEFT_OUT) {
            return null;
        }
        String more = withoutStop(composed) + "; " + lowerOpening(phrase) + ".";
        if (SentenceCues.words(more) > MAX_WORDS || TldrWriter.secondSentence(more) >= 0 || contains(more, other)
                || contains(more, SentenceCues.withoutConnective(other))) {
            return null;
        }
        return more;
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
        String rest = phrase.substring(m.end(1));
        // "reduces the error by 5.63% and improves the hit rate by 7.80%": both verbs become participles
        Matcher and = COORDINATED.matcher(rest);
        if (and.find() && SentenceShape.isVerb(and.group(1))) {
            String second = asParticiple("it " + and.group(1) + " x");
            if (second == null) {
                return null;
            }
            rest = rest.substring(0, and.start(1)) + second.substring(0, second.length() - 2) + rest.substring(and.end(1));
        }
        return ing + rest;
    }

    /** A second finite verb of the same subject: "... and improves ...". */
    private static final Pattern COORDINATED = Pattern.compile(" and ([a-z]+(?:es|s|ed)) (?!by\\b)");

    /** The paper's own method as a subject, then a finite verb ({@code -s} or {@code -ed}). */
    private static final Pattern OWN_SUBJECT = Pattern.compile(
            "^(?:(?:our|the proposed|this|the resulting|the full)(?: [\\w-]+){0,3}? (?:method|approach|model|framework|system"
                    + "|algorithm|pipeline|technique|network|architecture|scheme|design|solution|agent|policy|estimator|detector"
                    + "|planner|module|strategy|dataset|benchmark|corpus|suite|library|toolkit|collection|database|platform|simulator)s?|it)(?: (?:also|further|consistently|significantly|substantially|still))? "
                    + "([a-z]+(?:s|ed))\\b", Pattern.CASE_INSENSITIVE);
    /** Verbs that report a finding and read well as a participle after the TL;DR: "..., achieving 23% ...". */
    private static final Set<String> REPORTING_VERBS = Set.of(
            "achieve", "improve", "reduce", "yield", "outperform", "reach", "attain", "surpass", "deliver", "obtain",
            "boost", "increase", "decrease", "lower", "exceed", "raise", "accelerate", "cut", "match", "enhance",
            "speed", "save", "gain", "score", "record", "set", "establish", "demonstrate", "show", "exhibit", "provide",
            "enable", "maintain", "preserve", "retain", "produce", "generate", "run", "require", "use", "need",
            "comprise", "contain", "include", "cover", "span", "feature", "integrate", "consist", "rank", "range", "support", "offer");
    /** Verbs whose last consonant doubles before -ing. */
    private static final Set<String> DOUBLED = Set.of("cut", "set", "run", "span");

    /** A TL;DR's subject when it is a name: "RenderFormer++" of "RenderFormer++ is a framework that ...". */
    private static final Pattern NAMED_SUBJECT = Pattern.compile(
            "^([A-Z][\\w+-]*(?:[A-Z0-9][\\w+-]*)?)(?: \\([^)]{1,40}\\))?,? (?:is|are|was|uses|achieves|introduces|combines|"
                    + "leverages|employs|enables|integrates|provides|offers|learns|consists|comprises|contains|covers|includes"
                    + "|features|spans)\\b");

    /** The name the TL;DR is about, when its subject is one (a capital after the first letter, or a digit); else null. */
    static String subjectOf(String tldr) {
        Matcher m = NAMED_SUBJECT.matcher(tldr.strip());
        if (!m.lookingAt()) {
            return null;
        }
        String name = m.group(1);
        boolean named = false;
        for (int i = 1; i < name.length(); i++) {
            named |= Character.isUpperCase(name.charAt(i)) || Character.isDigit(name.charAt(i));
        }
        return named && !COMMON_OPENINGS.contains(name) ? name : null;
    }

    /**
     * {@code sentence} from where the TL;DR's subject opens its main clause ("Built upon HomeEnv, a simulator,
     * SMH-Bench contains 1,100 tasks" from "SMH-Bench contains"), when what goes before states no wanted figure;
     * else the whole sentence.
     */
    static String fromSubject(String subject, String sentence, Set<String> wanted) {
        if (subject == null) {
            return sentence;
        }
        int at = sentence.indexOf(", " + subject + " ");
        if (at < 0) {
            return sentence;
        }
        String rest = sentence.substring(at + 2);
        return SentenceShape.isComplete(rest) && !FigurePhrase.states(sentence.substring(0, at), wanted) ? rest : sentence;
    }

    /**
     * "RenderFormer++ achieves 23% ..." as "achieving 23% ..." when the TL;DR is about RenderFormer++: the same
     * subject, so the participle after the TL;DR says what it says. Null for another subject or verb.
     */
    static String asParticipleOf(String subject, String phrase) {
        if (subject == null || !phrase.startsWith(subject + " ")) {
            return null;
        }
        String rest = phrase.substring(subject.length() + 1);
        return rest.isEmpty() ? null : asParticiple("it " + rest);
    }

    /** Whether {@code phrase} opens with a participle ("achieving ..."): no clause of its own. */
    static boolean opensParticiple(String phrase) {
        return PARTICIPLE.matcher(phrase).lookingAt();
    }



    static String lowerOpening(String phrase) {
        String first = FigureEnd.firstWord(phrase);
        // a gerund opens a clause as a subject ("Benchmarking twelve configurations reveals ..."): no name
        boolean gerund = first.length() > 4 && first.endsWith("ing") && first.substring(1).equals(first.substring(1).toLowerCase(Locale.ROOT));
        return COMMON_OPENINGS.contains(first) || gerund ? Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1) : phrase;
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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

    static String fold(String s) {
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
