package io.digestrepair.offline.fields;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text reads as a complete English sentence or as a fragment, by a rule written down so that
 * the engine and its evaluation ({@code eval-fields}) judge alike. Written for the TL;DRs of arXiv
 * abstracts, where the fragment to avoid is the noun phrase left when "We propose" is deleted
 * ("RenderFormer++, a scalable feed-forward neural rendering framework for global illumination.").
 *
 * <p><b>Definition.</b> A text is complete when its <em>main clause</em> has a <em>finite verb</em>:
 * <ul>
 *   <li>the main clause is the text with its parenthesised and bracketed parts removed, up to the first
 *       word that opens a relative or subordinate clause or an infinitive: {@code that, which, who, whom,
 *       whose, where, whereby, wherein, to} ("a framework that learns ..." has no verb of its own); but
 *       {@code to} is a preposition, and the clause goes on, before a determiner or a number or after a word
 *       that takes it ("led to the", "up to 5", "one to two"), and an aside ", which ..., " is skipped when
 *       the text goes on after its closing comma ("X, which consists of Y, is capable of ...");</li>
 *   <li>a word of the main clause is a finite verb when it is an auxiliary, modal or copula
 *       ({@code is, are, was, were, has, have, had, does, do, did, can, could, will, would, shall, should,
 *       may, might, must}); or it directly follows a subject pronoun ({@code we, i, it, they, he, she}:
 *       "we propose"); or it is a form of a verb of {@link #VERBS} ending in {@code -s}/{@code -es} after a
 *       word that is no determiner or preposition ("the model achieves", not "the results"), or ending in
 *       {@code -ed} (or an irregular past) before a determiner, pronoun, number or adverb ("X improved the
 *       accuracy", not "models trained on X"), or a past form of a linking verb before any word ("remained
 *       stable", "led to"); or it is the base form of a verb of the list after a plural word or an adverb
 *       ("models often fail"), or after any word that is no determiner or preposition and before a determiner,
 *       a number or an adverb ("the baseline and our model reach 47.5%", "evaluations demonstrate the ...").</li>
 * </ul>
 * An {@code -s} form of a stem that is as often a plural noun ({@code NOUN_LIKE}: "depth maps") counts only
 * before what follows a finite verb. A fragment is a text that is not complete. The rule errs towards
 * "fragment" for sentences whose only verb is outside its list.
 */
public final class SentenceShape {

    private static final Set<String> AUXILIARIES = words(
            "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "can", "cannot", "could", "will",
            "would", "shall", "should", "may", "might", "must", "isn't", "aren't", "doesn't", "don't", "can't", "won't");
    private static final Set<String> PRONOUNS = words("we", "i", "it", "they", "he", "she");
    /** Opens a relative or subordinate clause, or an infinitive: the main clause ends before it. */
    private static final Set<String> CLAUSE_OPENERS = words(
            "that", "which", "who", "whom", "whose", "where", "whereby", "wherein", "to");
    private static final Set<String> NOT_BEFORE_VERB = words(
            "a", "an", "the", "this", "these", "those", "its", "their", "our", "his", "her", "my", "your", "of", "for",
            "in", "on", "at", "by", "with", "from", "into", "onto", "via", "over", "under", "between", "across", "and",
            "or", "as", "than", "without", "within", "through", "among", "per", "each", "every", "all", "both", "such",
            "many", "several", "various", "multiple", "two", "three", "four", "five", "new", "more", "most", "some",
            "no", "any", "other", "different", "existing", "key", "main", "experimental", "empirical", "extensive",
            "our", "using", "despite", "toward", "towards", "beyond", "against", "during", "after",
            "before", "about", "around", "like", "unlike", "including", "upon", "along", "amid", "versus", "if");
    private static final Set<String> AFTER_PAST = words(
            "a", "an", "the", "this", "these", "those", "its", "their", "our", "his", "her", "it", "them", "us", "that",
            "how", "whether", "what", "both", "up", "significantly", "substantially", "consistently", "further",
            "state-of-the-art", "strong", "competitive", "superior", "new", "higher", "lower", "better", "over",
            "about", "nearly", "approximately", "around", "only", "more", "less", "all", "each", "every");
    /** Irregular past forms that are finite verbs in abstracts. */
    private static final Set<String> IRREGULAR_PAST = words(
            "found", "showed", "made", "took", "gave", "led", "built", "ran", "became", "began", "grew", "saw", "got",
            "held", "kept", "brought", "sought", "taught", "thought", "won", "drew", "rose", "fell", "outperformed");
    /**
     * Verbs of arXiv abstracts (stems): "X achieves ...", "X outperforms ...". A word is one of their
     * finite forms when it is the stem plus {@code s}, {@code es} or {@code ed}/{@code d}, or the stem's
     * final {@code y} turned to {@code ies}/{@code ied}.
     */
    static final Set<String> VERBS = words(
            "propose", "present", "introduce", "achieve", "outperform", "improve", "show", "demonstrate", "enable",
            "use", "learn", "reduce", "provide", "leverage", "combine", "generate", "predict", "yield", "reach",
            "surpass", "exceed", "attain", "deliver", "offer", "address", "tackle", "extend", "study", "explore",
            "investigate", "evaluate", "analyze", "analyse", "reveal", "find", "identify", "establish", "exhibit",
            "employ", "adopt", "integrate", "incorporate", "unify", "allow", "support", "capture", "model", "encode",
            "decode", "map", "align", "fuse", "detect", "estimate", "optimize", "optimise", "train", "design",
            "develop", "build", "create", "construct", "formulate", "derive", "prove", "obtain", "produce", "maintain",
            "preserve", "retain", "boost", "enhance", "increase", "decrease", "lower", "accelerate", "scale",
            "generalize", "generalise", "transfer", "adapt", "mitigate", "alleviate", "overcome", "solve", "bridge",
            "eliminate", "remove", "replace", "require", "rely", "depend", "remain", "become", "consist", "contain",
            "include", "comprise", "represent", "perform", "operate", "work", "run", "process", "handle", "treat",
            "consider", "focus", "apply", "compute", "measure", "compare", "match", "rank", "select", "sample",
            "classify", "segment", "reconstruct", "render", "synthesize", "synthesise", "simulate", "plan",
            "control", "guide", "condition", "exploit", "harness", "utilize", "utilise", "facilitate", "empower",
            "equip", "let", "make", "take", "give", "set", "highlight", "suggest", "indicate", "confirm", "validate",
            "verify", "outline", "describe", "report", "discuss", "argue", "examine", "assess", "benchmark",
            "quantify", "characterize", "characterise", "lead", "result", "cause", "affect", "impact", "benefit",
            "drive", "motivate", "inspire", "open", "pave", "advance", "push", "serve", "act", "function", "behave",
            "get", "achieve", "augment", "refine", "recover", "restore", "retrieve", "search", "solve", "infer",
            "enforce", "ensure", "guarantee", "stabilize", "stabilise", "regularize", "decompose", "disentangle",
            "transform", "convert", "translate", "summarize", "summarise", "annotate", "label", "collect", "curate",
            "release", "contribute", "complement", "outline", "evolve", "emerge", "arise", "exist", "appear", "seem",
            "tend", "fail", "struggle", "suffer", "lack", "need", "face", "pose", "hinder", "limit", "challenge",
            "mean", "reflect", "account", "capture", "simplify", "exhibit", "excel", "rival", "match", "close",
            "narrow", "raise", "lift", "cut", "save", "speed", "halve", "double", "triple", "attain", "secure",
            "set", "establish", "define", "frame", "cast", "view", "treat", "formalize", "formalise", "aim",
            "seek", "strive", "attempt", "try", "explain", "interpret", "understand", "connect", "link", "relate",
            "couple", "pair", "jointly", "embed", "project", "compress", "prune", "distill", "quantize", "cache",
            "store", "reuse", "share", "route", "schedule", "allocate", "balance", "trade", "ground", "anchor",
            "predict", "forecast", "track", "localize", "localise", "recognize", "recognise", "discover", "uncover",
            "expose", "elicit", "induce", "steer", "edit", "manipulate", "attack", "defend", "protect", "detect",
            "prevent", "avoid", "resolve", "handle", "tolerate", "withstand", "thrive", "succeed", "win", "beat",
            "lag", "trail", "underperform", "degrade", "drop", "collapse", "break", "diverge", "converge", "grow",
            "inject", "compose", "execute", "filter", "add", "cover", "constitute", "satisfy", "associate", "persist",
            "span", "involve", "hold", "keep", "attribute", "assign", "surface", "flag", "score", "rate", "spend",
            "attract", "receive", "approach", "dominate", "pick", "recover", "instantiate", "pair", "cover", "fall", "rise",
            "stay", "hit");
    /** Verbs that report a finding in a clause after them: before "that" they are verbs, never nouns. */
    private static final Set<String> REPORTING = words(
            "show", "suggest", "demonstrate", "indicate", "reveal", "confirm", "find", "prove", "imply", "highlight",
            "verify", "mean", "establish", "illustrate");
    /** What follows "to" as a preposition, never as an infinitive: "to the", "to 5". */
    private static final Set<String> PREPOSITION_TO = words(
            "a", "an", "the", "this", "these", "those", "its", "their", "our", "all", "both", "each", "every", "any",
            "some", "more", "less", "over", "nearly", "about", "approximately", "around", "near", "zero", "one",
            "two", "three", "four", "five", "ten", "hundreds", "thousands", "millions", "state-of-the-art");
    /** Words after which "to" is a preposition: "led to", "up to", "compared to". */
    private static final Set<String> TAKES_TO = words(
            "led", "leads", "lead", "leading", "up", "due", "compared", "relative", "close", "closer", "similar",
            "according", "contrast", "addition", "prior", "equal", "comparable", "respect", "applied", "access",
            "contributes", "contributed", "belongs", "corresponds", "amounts", "amounted", "adapts", "generalizes",
            "generalises", "transfers", "scales", "scaled", "responds", "refers", "translates", "converges");
    /** Verbs that link a subject to what it is: their past form is finite before an adjective ("remained stable"). */
    private static final Set<String> LINKING_PAST = words("remained", "became", "seemed", "appeared", "proved", "stayed", "led");

    /**
     * Stems whose {@code -s} form is as often a plural noun ("depth maps", "language models"): a verb only
     * before what follows a verb (a determiner, pronoun, number or adverb).
     */
    private static final Set<String> NOUN_LIKE = words(
            "model", "result", "map", "sample", "work", "set", "track", "link", "plan", "control", "process",
            "label", "benchmark", "report", "function", "ground", "anchor", "project", "cache", "store",
            "route", "schedule", "balance", "trade", "pair", "view", "frame", "cast", "edit", "attack", "drop",
            "break", "need", "limit", "challenge", "impact", "benefit", "match", "rank", "segment", "search",
            "transfer", "design", "release", "measure", "condition", "guide", "support", "use", "show", "lack",
            "face", "account", "aim", "cut", "speed", "double", "close", "drive", "act", "run", "value", "test",
            "render", "sequence", "level", "layer", "feature", "task", "tool", "agent", "program", "point");
    /** Adverbs between a plural subject and its verb: "models often fail". */
    private static final Set<String> ADVERBS = words(
            "often", "also", "still", "usually", "typically", "generally", "commonly", "frequently", "rarely", "always",
            "never", "further", "jointly", "then", "thus", "now", "first", "successfully", "consistently");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");
    private static final Pattern WORD_EDGE = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}'+-]+$");

    private SentenceShape() {
    }

    /** A set of words, repeats allowed in the list (the lists are long and grouped by meaning). */
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Not {@link #isComplete}: no finite verb in the main clause. */
    public static boolean isFragment(String text) {
        return !isComplete(text);
    }

    /** Whether the main clause of {@code text} has a finite verb (see the class comment). */
    public static boolean isComplete(String text) {
        List<String> words = mainClause(text);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String before = i == 0 ? "" : words.get(i - 1);
            String after = i + 1 < words.size() ? words.get(i + 1) : "";
            if (AUXILIARIES.contains(w) || i > 0 && PRONOUNS.contains(before)) {
                return true;
            }
            if (i > 0 && !NOT_BEFORE_VERB.contains(before) && presentForm(w)
                    && (!NOUN_LIKE.contains(stem(w)) || followsAsObject(after))) {
                return true;
            }
            if (i > 0 && pastForm(w) && followsAsObject(after) || i > 0 && LINKING_PAST.contains(w) && !after.isEmpty()) {
                return true;
            }
            if (i > 0 && "that".equals(after) && !NOT_BEFORE_VERB.contains(before) && reports(w)) {
                return true; // "experimental results show that ...", "the analysis suggests that ..."
            }
            if (i > 0 && VERBS.contains(w) && !NOUN_LIKE.contains(w) && !NOT_BEFORE_VERB.contains(before)
                    && (AFTER_PAST.contains(after) && !"that".equals(after) || startsWithDigit(after))) {
                return true; // "the baseline and our model reach 47.5%", "experiments demonstrate the effectiveness"
            }
            if (i > 0 && VERBS.contains(w) && !NOUN_LIKE.contains(w) && (ADVERBS.contains(before) || before.endsWith("ly")
                    || before.length() > 3 && before.endsWith("s") && !before.endsWith("ss") && !NOT_BEFORE_VERB.contains(before))) {
                return true; // "models often fail", "methods struggle"
            }
        }
        return false;
    }

    /** The main clause's words, lower-cased and stripped of punctuation at their edges. */
    static List<String> mainClause(String text) {
        String t = text == null ? "" : text;
        for (String before = null; !t.equals(before); ) {
            before = t;
            t = BRACKETED.matcher(t).replaceAll(" ");
        }
        List<String> words = new ArrayList<>();
        String[] raws = t.strip().split("\\s+");
        for (int k = 0; k < raws.length; k++) {
            String w = WORD_EDGE.matcher(raws[k].toLowerCase(Locale.ROOT)).replaceAll("");
            if (w.isEmpty()) {
                continue;
            }
            if (CLAUSE_OPENERS.contains(w) && !words.isEmpty()) {
                String next = k + 1 < raws.length ? WORD_EDGE.matcher(raws[k + 1].toLowerCase(Locale.ROOT)).replaceAll("") : "";
                if (w.equals("to") && (PREPOSITION_TO.contains(next) || startsWithDigit(next)
                        || TAKES_TO.contains(words.getLast()) || startsWithDigit(words.getLast()))) {
                    words.add(w); // "led to the", "up to 5", "one to two": a preposition, no infinitive
                    continue;
                }
                if ((w.equals("which") || w.equals("who")) && k > 0 && raws[k - 1].endsWith(",")) {
                    // ", which ..., ": an aside; the main clause goes on after its closing comma
                    int close = k + 1;
                    while (close < raws.length && !raws[close].endsWith(",")) {
                        close++;
                    }
                    if (close + 1 < raws.length) {
                        k = close;
                        continue;
                    }
                }
                if (w.equals("that")) {
                    words.add(w); // kept as the clause's end: "results show that" reports
                }
                break;
            }
            words.add(w);
        }
        return words;
    }

    /** Whether a word is a finite or base form of a verb of {@link #VERBS} and no noun: "identifies", "construct". */
    static boolean isVerb(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.length() < 3) {
            return false;
        }
        boolean verb = VERBS.contains(w) || presentForm(w) || pastForm(w);
        return verb && !NOUN_LIKE.contains(w) && !NOUN_LIKE.contains(stem(w));
    }

    private static boolean presentForm(String w) {
        if (w.length() < 3 || !w.endsWith("s") || w.endsWith("ss")) {
            return false;
        }
        String stem = w.substring(0, w.length() - 1);
        if (VERBS.contains(stem)) {
            return true;
        }
        if (w.endsWith("es") && VERBS.contains(w.substring(0, w.length() - 2))) {
            return true;
        }
        return w.endsWith("ies") && VERBS.contains(w.substring(0, w.length() - 3) + "y");
    }

    private static boolean pastForm(String w) {
        if (IRREGULAR_PAST.contains(w)) {
            return true;
        }
        if (w.length() < 4 || !w.endsWith("d")) {
            return false;
        }
        if (w.endsWith("ed") && VERBS.contains(w.substring(0, w.length() - 2))) {
            return true;
        }
        if (VERBS.contains(w.substring(0, w.length() - 1))) {
            return true; // "proposed", "used"
        }
        if (w.endsWith("ied") && VERBS.contains(w.substring(0, w.length() - 3) + "y")) {
            return true;
        }
        // a doubled final consonant: "mapped", "planned"
        return w.length() > 5 && w.charAt(w.length() - 3) == w.charAt(w.length() - 4)
                && VERBS.contains(w.substring(0, w.length() - 3));
    }

    /** What follows a finite verb rather than a noun or a participle: "achieved 98%", "improved the ...". */
    private static boolean followsAsObject(String after) {
        return AFTER_PAST.contains(after) || startsWithDigit(after) || after.endsWith("ly");
    }

    /** A form of a verb of {@link #REPORTING}: "show", "shows", "implies". */
    private static boolean reports(String w) {
        int n = w.length();
        return REPORTING.contains(w) || n > 1 && w.endsWith("s") && REPORTING.contains(w.substring(0, n - 1))
                || n > 2 && w.endsWith("es") && REPORTING.contains(w.substring(0, n - 2))
                || n > 3 && w.endsWith("ies") && REPORTING.contains(w.substring(0, n - 3) + "y");
    }

    private static String stem(String w) {
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        String s = w.substring(0, w.length() - 1);
        return VERBS.contains(s) ? s : w.substring(0, w.length() - 2);
    }

    private static boolean startsWithDigit(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }
}
