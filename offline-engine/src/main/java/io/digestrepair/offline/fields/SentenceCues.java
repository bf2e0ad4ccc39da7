package io.digestrepair.offline.fields;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Wording that tells what a sentence does for a reader, beyond its role: a link or a venue note
 * is no summary, "however, ... remains" states a gap, "we propose" a contribution, "these
 * results suggest" a conclusion.
 */
final class SentenceCues {

    private static final Pattern LINK = Pattern.compile(
            "https?://|www\\.|\\bgithub\\b|\\bhuggingface\\b|\\b[\\w-]+\\.(?:com|org|io|net|ai|edu)(?:/|\\b)");
    private static final Pattern AVAILABILITY = Pattern.compile(
            "\\b(?:code|codes|data|dataset|datasets|model|models|weights|checkpoints|implementation|benchmark|"
                    + "project page|demo|software|toolkit|library|resources|materials|source|templates|prompts|scripts|tools|annotations)\\b[^.]{0,80}?\\b(?:is|are|will be|has been|have been)"
                    + " (?:made )?(?:publicly |freely |openly )?(?:available|released|accessible|open[- ]sourced?)");
    private static final Pattern VENUE = Pattern.compile(
            "\\b(?:accepted (?:at|to|by|for)|to appear (?:in|at)|camera[- ]ready|under review|all rights reserved|"
                    + "copyright|preprint|extended version of|\\d+ pages|\\d+ figures)\\b|©");
    private static final Pattern GAP = Pattern.compile(
            "\\b(?:however|but|yet|although|despite|while|remains?|remained|challeng\\w*|limit\\w*|lack\\w*|"
                    + "fail\\w*|suffer\\w*|difficult\\w*|problem\\w*|bottleneck\\w*|struggle\\w*|unclear|"
                    + "underexplored|unexplored|overlook\\w*|neglect\\w*|insufficient|costly|expensive|hinder\\w*|"
                    + "issue\\w*|gap)\\b");
    private static final Pattern CONTRIBUTION = Pattern.compile(
            "^(?:[^.;:]{0,80}?[,\\s])?(?:we|this (?:paper|work|study|article|letter|thesis)|our (?:work|paper|study))"
                    + " (?:first |then |here )?(?:propose|present|introduce|develop|design|describe|put forward|"
                    + "formulate|devise|build|construct|establish|offer|contribute|release|study|investigate|explore|"
                    + "address|tackle|examine|analy[sz]e|derive|report|provide|extend|evaluate|benchmark|"
                    + "demonstrate|show|focus|consider)(?:s|es)?\\b"
                    + "|^(?:in|within) this (?:paper|work|study|article|letter|thesis)\\b");
    /** "We also propose", "Furthermore, we introduce": a further contribution, not the main one. */
    private static final Pattern SECONDARY = Pattern.compile(
            "^(?:furthermore|moreover|additionally|in addition|besides|also|finally|then|next|second(?:ly)?|third(?:ly)?)\\b"
                    + "|\\bwe (?:also|further|additionally|then)\\b");
    private static final Pattern METHOD = Pattern.compile(
            "^(?:specifically, |concretely, |first, |then, |next, |finally, |in addition, |moreover, |furthermore, )?"
                    + "(?:our|the proposed|this) (?:method|approach|framework|model|system|pipeline|architecture|algorithm|technique|design)\\b"
                    + "|\\bwe (?:first |then |further |also )?(?:use|employ|adopt|leverage|design|train|construct|build|formulate|introduce|propose|develop|apply|combine|integrate|model|decompose)\\b");
    private static final Pattern GENERALISING = Pattern.compile(
            "\\b(?:suggest\\w*|implication\\w*|highlight\\w*|pav(?:e|es|ing) the way|open\\w* (?:up )?(?:new|the|a) "
                    + "(?:way|avenue|door|direction)\\w*|we believe|we hope|insight\\w*|promising|future|potential|"
                    + "underscor\\w*|broad\\w*|generali[sz]\\w*|applicab\\w*|step toward\\w*|foundation\\w*|overall|"
                    + "in summary|taken together|these (?:results|findings)|our (?:results|findings|work)|this work|"
                    + "shed\\w* light|effectiveness|feasibility|viable|practical|valuable|importance of|"
                    + "demonstrat\\w* (?:that )?(?:the )?(?:value|benefit|promise))\\b");
    private static final Pattern OUTCOME = Pattern.compile(
            "\\d\\s*(?:%|×|x\\b|points?\\b|pp\\b)|\\b(?:outperform\\w*|surpass\\w*|achiev(?:es|ed|ing)|improv(?:es|ed|ing)|"
                    + "reduc(?:es|ed|ing)|observe[ds]?|reveal(?:s|ed)?|found that|find that|state-of-the-art)\\b");
    private static final Pattern FINDING = Pattern.compile(
            "\\d|%|\\b(?:outperform\\w*|achiev\\w*|improv\\w*|surpass\\w*|reduc\\w*|accuracy|state-of-the-art|"
                    + "results?|experiments?|gains?|speedup|faster|better|higher|lower)\\b");

    /** An opening that adds to what came before ("Additionally, ..."): nothing to add to at a field's start. */
    private static final Pattern CONNECTIVE = Pattern.compile(
            "^(?:additionally|moreover|furthermore|in addition|besides|also|further|finally|meanwhile|then|next|"
                    + "second(?:ly)?|third(?:ly)?|lastly|subsequently|consequently|as a result|to this end|to that end|"
                    + "in particular|notably|importantly|crucially|specifically|thus|therefore|hence|accordingly)\\s*,\\s+(?=\\S)",
            Pattern.CASE_INSENSITIVE);
    /** An opening that points back ("These emergent properties ...", "This ...", "It ..."). */
    private static final Pattern REFERENCE = Pattern.compile(
            "^(?:(?:this|these|those|such|both|its|their|it|they|the former|the latter|the above|the same)\\b"
                    + "(?! (?:paper|work|study|article|letter|thesis|survey|report|manuscript|research)\\b)"
                    + "|(?:additionally|moreover|furthermore|in addition|besides)\\b)",
            Pattern.CASE_INSENSITIVE);

    private SentenceCues() {
    }

    /** The sentence without an opening connective ("Additionally, we ..." -> "We ..."); deletion only. */
    static String withoutConnective(String sentence) {
        java.util.regex.Matcher m = CONNECTIVE.matcher(sentence);
        if (!m.find()) {
            return sentence;
        }
        String rest = sentence.substring(m.end());
        if (words(rest) < 4) {
            return sentence;
        }
        int end = 0;
        while (end < rest.length() && Character.isLetter(rest.charAt(end))) {
            end++;
        }
        boolean lowerWord = end > 0 && rest.substring(0, end).chars().allMatch(Character::isLowerCase);
        return lowerWord ? Character.toUpperCase(rest.charAt(0)) + rest.substring(1) : rest;
    }

    /** Opens by pointing back to what came before: its antecedent is in the sentence before. */
    static boolean opensWithReference(String sentence) {
        return REFERENCE.matcher(sentence.strip()).find();
    }

    /** A link, an availability note, a venue or copyright line: not a summary of the paper. */
    static boolean isBoilerplate(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        // cheap substring gates first: the patterns are costly and rarely match
        return (s.indexOf('.') != s.lastIndexOf('.') || s.contains("http") || s.contains("github") || s.contains("huggingface"))
                && LINK.matcher(s).find()
                || (s.contains("availab") || s.contains("release") || s.contains("accessib") || s.contains("open"))
                && AVAILABILITY.matcher(s).find()
                || (s.contains("accept") || s.contains("appear") || s.contains("camera") || s.contains("review")
                || s.contains("right") || s.contains("preprint") || s.contains("version") || s.contains("pages")
                || s.contains("figures") || s.contains("©")) && VENUE.matcher(s).find();
    }

    static boolean statesGap(String sentence) {
        return GAP.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }

    /** "We propose ...", "In this paper, we present ...", "This work studies ...". */
    static boolean statesContribution(String sentence) {
        return CONTRIBUTION.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }

    /** "Our method ...", "we employ ...": how the work was done. */
    static boolean describesMethod(String sentence) {
        return METHOD.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }

    /** The main contribution sentence: states one, and not as an addition to another. */
    static boolean statesMainContribution(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        return CONTRIBUTION.matcher(s).find() && !SECONDARY.matcher(s).find();
    }

    /** A measured outcome: a percentage or factor, or a verb of outperforming or observing. */
    static boolean measuresOutcome(String sentence) {
        return OUTCOME.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }

    /** Reads as a closing implication rather than a measurement. */
    static boolean generalises(String sentence) {
        return GENERALISING.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }

    /** Numbers, comparisons, experiments: the stuff of a Result. */
    static boolean reportsFinding(String sentence) {
        return FINDING.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }

    static int words(String sentence) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < sentence.length(); i++) {
            boolean space = Character.isWhitespace(sentence.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
