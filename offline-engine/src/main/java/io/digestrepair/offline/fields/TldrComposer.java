package io.digestrepair.offline.fields;

import java.util.HashSet;
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
 * no sentence stands in two fields. When nothing of that kind can go, the asides in brackets that state no
 * wanted figure go, and the phrase ends at the first comma or circumstance ("with", "on", "across" ...) after
 * the last figure; failing that, the phrase carries the figures of the sentence's main clause only. The result
 * is one sentence: clauses joined by semicolons (a second one from another sentence for figures the first left
 * out), or the TL;DR and a participle phrase ("..., achieving 23% ...", also from a finding whose subject is
 * the TL;DR's own name), within {@link #MAX_WORDS} words, with no word that is not the abstract's (but the
 * participle's ending). Stateless.
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
            "Compared", "Across", "On", "In", "Both", "All", "Each", "Such", "Using", "With", "A", "An", "As", "Although",
            "While", "When", "Since", "Because", "Given", "Among", "Beyond", "Despite", "Under", "By", "For", "From",
            "After", "Over", "Through", "At", "Events", "Most", "Only", "Even", "Participants", "Models", "No", "Here", "Rather", "However",
            "Existing", "Current", "Prior", "Previous", "Recent", "Many", "Some", "Several", "Further", "Finally", "First",
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
        boolean participle = PARTICIPLE.matcher(phrase).lookingAt();
        boolean clause = !participle && SentenceShape.isComplete(phrase);
        if (!rewritten && SentenceCues.words(phrase) > SentenceCues.words(result) - MIN_LEFT_OUT) {
            // the figures span the whole sentence: those of its main clause alone, without its opening
            Set<String> fewer = mainClauseFigures(result, wanted);
            if (!fewer.isEmpty() && fewer.size() < wanted.size()) {
                return compose(tldr, result, fewer);
            }
        }
        if (!participle && !clause || participle && PAPER_SUBJECT.matcher(tldr).lookingAt()
                || !rewritten && SentenceCues.words(phrase) > SentenceCues.words(result) - MIN_LEFT_OUT) {
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
     * A composed TL;DR ({@link #compose}) with a second clause, from another sentence, for the figures the
     * first left out: "X is ...; it achieves 23% on A; the corpus covers 25 languages." Only a clause (a
     * participle there would take the last clause's subject), within {@link #MAX_WORDS} words as one sentence;
     * null otherwise.
     */
    static String composeMore(String composed, String other, Set<String> wanted) {
        String phrase = phrase(other, wanted);
        if (phrase == null || PARTICIPLE.matcher(phrase).lookingAt() || !SentenceShape.isComplete(phrase)
                || SentenceCues.words(phrase) > SentenceCues.words(other) - MIN_LEFT_OUT) {
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
        int whole = SentenceCues.words(withoutStop(sentence.strip()));
        if (SentenceCues.words(s) > whole - MIN_LEFT_OUT) {
            s = shortenedAround(s, wanted).replaceAll("[,;:]+$", "");
        }
        return SentenceCues.words(s) >= MIN_PHRASE_WORDS ? s : null;
    }

    /** A change whose object a preposition names next: "a 17% increase [in accuracy]". */
    private static final Pattern CHANGE_BEFORE = Pattern.compile(
            "\\b(?:increase|increases|improvement|improvements|gain|gains|reduction|reductions|drop|drops|decrease|decreases"
                    + "|boost|rise|speedup|acceleration|advantage|margin|lead|rate|share|fraction|percentage)$");

    private static boolean insideBrackets(String t, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = t.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
        }
        return depth > 0;
    }

    /**
     * The wanted figures a sentence states after its reporting frame ("Analyzing 1.8M texts, we find that 8-18%
     * ...") or, without one, after its opening phrase (up to the first comma): those a clause of it can carry.
     */
    static Set<String> mainClauseFigures(String sentence, Set<String> wanted) {
        String s = withoutStop(sentence.strip());
        Matcher frame = REPORTING.matcher(s);
        int from = frame.find() ? frame.end() : s.indexOf(", ") + 1;
        if (from <= 0) {
            return Set.of();
        }
        Set<String> fewer = new HashSet<>(FieldFacts.ofSentence(s.substring(from)).numbers());
        fewer.retainAll(wanted);
        return fewer;
    }

    /** A comma, or a word that adds a circumstance, after which a phrase can end once it has stated its figures. */
    private static final Pattern LOOSE_END = Pattern.compile(", | (?:while|with|without|thanks to|compared (?:with|to)|across|using|despite|over|than"
            + "|on|in|for|by|under|at|via|through|within|when|where|as|among|against|beyond|relative to) ");
    private static final Pattern ASIDE = Pattern.compile(" ?\\([^()]*\\)| ?\\[[^\\[\\]]*\\]");

    /**
     * A phrase that is still its whole sentence, made shorter without losing a wanted figure: its asides in
     * brackets that state none go, then what follows the first comma or circumstance ("with", "while",
     * "across" ...) after its last wanted figure, when what is left is still a clause.
     */
    private static String shortenedAround(String s, Set<String> wanted) {
        StringBuilder out = new StringBuilder();
        Matcher aside = ASIDE.matcher(s);
        int from = 0;
        while (aside.find()) {
            if (!states(aside.group(), wanted)) {
                out.append(s, from, aside.start());
                from = aside.end();
            }
        }
        String t = out.append(s.substring(from)).toString().strip();
        int last = lastFigure(t, wanted);
        Matcher end = LOOSE_END.matcher(t);
        while (end.find()) {
            if (end.start() >= last && (insideBrackets(t, end.start()) || t.charAt(end.start() - 1) == '-')) {
                // "3 high-, 3 medium-, and 12 low-resource languages": one phrase
                continue;
            }
            if (end.start() >= last) {
                String cut = t.substring(0, end.start()).strip();
                if (t.substring(last, end.start()).contains(":")) {
                    break; // a list after a colon: its first item is not the list
                }
                if (CHANGE_BEFORE.matcher(cut).find() && !end.group().startsWith(",")) {
                    continue; // "a 17% increase" says nothing without what increased: "in accuracy"
                }
                int that = cut.lastIndexOf(" that ");
                if (that >= 0 && !SentenceShape.isComplete(cut.substring(that + 6))) {
                    continue; // "... shows that prompting" has not said what yet
                }
                if (SentenceCues.words(cut) >= MIN_PHRASE_WORDS && (SentenceShape.isComplete(cut) || PARTICIPLE.matcher(cut).lookingAt())) {
                    return cut;
                }
                break;
            }
        }
        return t;
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
                // the word's own punctuation is not the figure's: ", which ..." after "92.26%," follows it
                while (end > 0 && ",;:".indexOf(s.charAt(end - 1)) >= 0) {
                    end--;
                }
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
        // a gerund opens a clause as a subject ("Benchmarking twelve configurations reveals ..."): no name
        boolean gerund = first.length() > 4 && first.endsWith("ing") && first.substring(1).equals(first.substring(1).toLowerCase(Locale.ROOT));
        return COMMON_OPENINGS.contains(first) || gerund ? Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1) : phrase;
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
