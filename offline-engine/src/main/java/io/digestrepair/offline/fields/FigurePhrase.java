package io.digestrepair.offline.fields;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a sentence of the abstract that states the figures a field's original stated, for a TL;DR or a
 * field to join ({@link TldrComposer}, {@link FieldComposer}): without its reporting frame ("Experiments on five
 * benchmarks show that"), an opening setting that states none of them ("On ImageNet, ") and the clauses after
 * the last of them, an opening phrase that takes none with it ("To obtain a clearer picture, "), or all but the
 * last of joined clauses when that one states them all; when nothing of that kind can go (or when asked for a
 * tight phrase), ending where {@link FigureEnd} allows after the last of them. A phrase leaves
 * out at least {@link #MIN_LEFT_OUT} words of its sentence or is the whole of it (then its composer refuses
 * it). Values as {@link FieldFacts} reads them. Stateless.
 */
final class FigurePhrase {

    /** A phrase shorter than its sentence by fewer words is the sentence: it is shortened around its figures. */
    static final int MIN_LEFT_OUT = 2;

    /** The reporting frame before a finding: what goes when the finding alone is wanted. */
    private static final Pattern REPORTING = Pattern.compile(
            "^(?:[^;:]{0,160}?)\\b(?:show|shows|showed|shown|demonstrate|demonstrates|demonstrated|reveal|reveals|revealed"
                    + "|indicate|indicates|indicated|confirm|confirms|confirmed|verify|verifies|verified|suggest|suggests"
                    + "|find|finds|found|observe|observed|illustrate|illustrates|highlight|highlights|mean|means|imply|implies)"
                    + "(?: empirically| experimentally| consistently| clearly)? that ",
            Pattern.CASE_INSENSITIVE);

    /** "We find" before a clause without "that": "We find this degradation stems from ...". */
    private static final Pattern WE_REPORT = Pattern.compile(
            "^(?:[^;:]{0,80}?)\\b[Ww]e (?:also |further )?(?:find|show|observe|demonstrate|reveal|confirm|found|showed|observed|demonstrated) (?!that\\b)");

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

    /** A participle that reports the figures inside a sentence with no frame to drop: "..., achieving 80.4% ...". */
    private static final Pattern INNER_PARTICIPLE = Pattern.compile(
            "(?:,| by) (?=(?:achieving|improving|reducing|yielding|outperforming|reaching|attaining|surpassing|delivering"
                    + "|obtaining|boosting|increasing|lowering|cutting|raising|exceeding)\\b)");

    /** The fewest words of a phrase worth adding. */
    static final int MIN_PHRASE_WORDS = 4;

    /**
     * The part of {@code sentence} that states the wanted figures: without its reporting frame or an opening
     * setting that states none of them, and without the clauses after the last of them. Null when it states none.
     */
    static String of(String sentence, Set<String> wanted) {
        return of(sentence, wanted, false);
    }

    /**
     * {@link #of(String, Set)}; {@code tight}: ending at the first loose end after the last figure even when the
     * phrase is shorter than its sentence already ("improves pass@1 by 7.5 points [over the strongest
     * baseline]"), for room for more figures.
     */
    static String of(String sentence, Set<String> wanted, boolean tight) {
        String s = TldrComposer.withoutStop(sentence.strip());
        if (!states(s, wanted)) {
            return null;
        }
        Matcher frame = REPORTING.matcher(s);
        if (frame.find() && states(s.substring(frame.end()), wanted) && !losesFigure(s.substring(0, frame.end()), s.substring(frame.end()), wanted)) {
            s = s.substring(frame.end());
        }
        Matcher we = WE_REPORT.matcher(s);
        if (s.length() == TldrComposer.withoutStop(sentence.strip()).length() && we.find() && states(s.substring(we.end()), wanted)
                && !losesFigure(s.substring(0, we.end()), s.substring(we.end()), wanted) && SentenceShape.isComplete(s.substring(we.end()))) {
            s = s.substring(we.end());
        }
        Matcher setting = SETTING.matcher(s);
        if (setting.find() && !losesFigure(s.substring(0, setting.end()), s.substring(setting.end()), wanted)) {
            s = s.substring(setting.end());
        }
        s = withoutOpening(s, wanted);
        s = laterClause(s, wanted);
        if (s.length() == TldrComposer.withoutStop(sentence.strip()).length()) {
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
        int last = FigureEnd.lastFigure(s, wanted);
        Matcher after = CLAUSE_AFTER.matcher(s);
        while (after.find()) {
            if (after.start() >= last) {
                s = s.substring(0, after.start());
                break;
            }
        }
        s = s.strip().replaceAll("[,;:]+$", "");
        int whole = SentenceCues.words(TldrComposer.withoutStop(sentence.strip()));
        if (tight || SentenceCues.words(s) > whole - MIN_LEFT_OUT) {
            s = FigureEnd.shortened(s, wanted).replaceAll("[,;:]+$", "");
        }
        return SentenceCues.words(s) >= MIN_PHRASE_WORDS ? s : null;
    }

    /**
     * An opening phrase before the main clause ("To obtain a clearer picture, ", "Deployed on a Jetson Nano with
     * ..., ", "However, "): a purpose, a participle, a concession, a connective. It goes when what follows its
     * comma is a clause and no wanted figure is lost with it.
     */
    private static final Pattern OPENING = Pattern.compile(
            "^(?:To|By|Based|Inspired|Motivated|Towards?|Unlike|Despite|Although|While|Whereas|Because|Since|Given|Beyond|Building|Leveraging|Extending|Using"
                    + "|However|Second|Third|Fourth|Last|Lastly|Next|Importantly|Crucially|Interestingly|Surprisingly|Consequently"
                    + "|[A-Z][a-z]+ed|[A-Z][a-z]+ing)\\b");

    static String withoutOpening(String s, Set<String> wanted) {
        return withoutOpening(s, wanted, true);
    }

    /**
     * {@code s} without its opening phrase (see {@link #withoutOpening(String, Set)}); {@code stating}: only when
     * what is left states a wanted figure.
     */
    static String withoutOpening(String s, Set<String> wanted, boolean stating) {
        if (!OPENING.matcher(s).lookingAt()) {
            return s;
        }
        for (int at = s.indexOf(", "); at > 0; at = s.indexOf(", ", at + 2)) {
            if (FigureEnd.insideBrackets(s, at)) {
                continue;
            }
            String before = s.substring(0, at);
            String rest = s.substring(at + 2);
            if (losesFigure(before, rest, wanted)) {
                return s;
            }
            int next = rest.indexOf(", ");
            // "Combining A, B, and C yields ...": the comma was the list's, and what follows no main clause
            String upToComma = next < 0 ? rest : rest.substring(0, next);
            if (!rest.isEmpty() && Character.isLetter(rest.charAt(0)) && !NOT_A_SUBJECT.matcher(rest).lookingAt()
                    && SentenceShape.isComplete(upToComma) && (!stating || states(rest, wanted))) {
                return rest;
            }
        }
        return s;
    }

    /** Words that open no main clause after an opening phrase's comma. */
    private static final Pattern NOT_A_SUBJECT = Pattern.compile(
            "(?:and|or|but|which|who|whose|where|while|with|without|as|such|e\\.g\\.|i\\.e\\.|including|especially|namely|[a-z]+ing|[a-z]+ed)\\b");

    /**
     * The last of a sentence's joined clauses ("smaller models remain near 25%, while the best model reaches
     * 68.1%"; "X is hard: Y reaches 40%") when it alone states every wanted figure the sentence states and is a
     * clause.
     */
    private static final Pattern CLAUSE_JOIN = Pattern.compile(", (?:while|whereas|but|yet|and) |: |; ");

    static String laterClause(String s, Set<String> wanted) {
        int need = stated(s, wanted);
        Matcher join = CLAUSE_JOIN.matcher(s);
        String best = s;
        while (join.find()) {
            if (FigureEnd.insideBrackets(s, join.start())) {
                continue;
            }
            String rest = s.substring(join.end());
            if (stated(rest, wanted) < need) {
                break;
            }
            if (join.group().equals(", and ") && !SUBJECT_START.contains(FigureEnd.firstWord(rest).toLowerCase(java.util.Locale.ROOT))
                    && !Character.isUpperCase(rest.charAt(0)) && !Character.isDigit(rest.charAt(0))) {
                continue; // "large, diverse, and age-balanced datasets": a list, not a clause
            }
            if (!rest.isEmpty() && Character.isLetter(rest.charAt(0)) && !NOT_A_SUBJECT.matcher(rest).lookingAt()
                    && SentenceCues.words(rest) >= MIN_PHRASE_WORDS && SentenceShape.isComplete(rest)) {
                best = rest; // a later one may state them all too
            }
        }
        return best;
    }

    /**
     * The wanted figures a sentence states after its reporting frame ("Analyzing 1.8M texts, we find that 8-18%
     * ...") or, without one, after its opening phrase (up to the first comma): those a clause of it can carry.
     */
    static Set<String> mainClauseFigures(String sentence, Set<String> wanted) {
        String s = TldrComposer.withoutStop(sentence.strip());
        Matcher frame = REPORTING.matcher(s);
        int from = frame.find() ? frame.end() : s.indexOf(", ") + 1;
        if (from <= 0) {
            return Set.of();
        }
        Set<String> fewer = new HashSet<>(FieldFacts.ofSentence(s.substring(from)).numbers());
        fewer.retainAll(wanted);
        return fewer;
    }

    /**
     * Whether dropping {@code before} loses a wanted figure that {@code rest} does not state too: "with
     * video-SALMONN 2+" may go before "improves ... by 2-4%".
     */
    private static boolean losesFigure(String before, String rest, Set<String> wanted) {
        Set<String> lost = new HashSet<>(numbers(before));
        lost.retainAll(wanted);
        if (lost.isEmpty()) {
            return false;
        }
        lost.removeAll(numbers(rest));
        return !lost.isEmpty();
    }

    /**
     * Words that open a subject: after ", and " they begin a clause, not the last item of a list ("a" and "an" open
     * list items as often: "..., and a CoT monitor").
     */
    private static final Set<String> SUBJECT_START = Set.of("the", "we", "our", "it", "its", "this", "these",
            "they", "their", "all", "each", "both", "most", "such", "no", "only", "those", "that");
    static boolean states(String text, Set<String> wanted) {
        return stated(text, wanted) > 0;
    }

    /** How many of {@code wanted} a text states. */
    static int stated(String text, Set<String> wanted) {
        int count = 0;
        for (String v : numbers(text)) {
            count += wanted.contains(v) ? 1 : 0;
        }
        return count;
    }

    /**
     * The numbers of a text as {@link FieldFacts} reads them, remembered: a phrase is measured again and again
     * (its frame, its opening, its prefixes), and reading a text is most of the engine's time. Per thread.
     */
    private static final ThreadLocal<Map<String, Set<String>>> NUMBERS = ThreadLocal.withInitial(() -> new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
            return size() > 2048;
        }
    });

    static Set<String> numbers(String text) {
        Map<String, Set<String>> memo = NUMBERS.get();
        Set<String> n = memo.get(text);
        if (n == null) {
            n = FieldFacts.ofSentence(text).numbers();
            memo.put(text, n);
        }
        return n;
    }

    private FigurePhrase() {
    }
}
