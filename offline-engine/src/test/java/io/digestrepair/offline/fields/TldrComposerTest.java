package io.digestrepair.offline.fields;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TldrComposerTest {

    @Test
    void theFindingWithoutItsReportingFrameOrTheClausesAfterItJoinsTheTldr() {
        String composed = TldrComposer.compose("GoalKeeper is a memory module that tracks the constraints a user states.",
                "Experiments on five benchmarks show that task success improves by 23% over the strongest baseline, "
                        + "which confirms the value of explicit constraints.", Set.of("23"));
        assertEquals("GoalKeeper is a memory module that tracks the constraints a user states; task success improves"
                + " by 23% over the strongest baseline.", composed);
        assertTrue(SentenceShape.isComplete(composed));
        assertEquals(-1, TldrWriter.secondSentence(composed));
    }

    @Test
    void theOwnMethodsFindingBecomesAParticiplePhrase() {
        assertEquals("GoalKeeper is a memory module that tracks the constraints a user states, raising the task success rate"
                        + " by 12 points on three benchmarks.",
                TldrComposer.compose("GoalKeeper is a memory module that tracks the constraints a user states.",
                        "On three benchmarks, our method raises the task success rate by 12 points on three benchmarks.", Set.of("12")));
        assertEquals("achieving 80.4% accuracy", TldrComposer.asParticiple("Our model achieves 80.4% accuracy"));
        assertEquals("reducing latency by 40%", TldrComposer.asParticiple("It reduced latency by 40%"));
        assertNull(TldrComposer.asParticiple("The accuracy improves by 3 points"), "a subject other than the paper's method");
    }

    @Test
    void aFindingOfTheTldrsOwnNameBecomesAParticiplePhraseToo() {
        assertEquals("GoalKeeper is a memory module that tracks the constraints a user states, improving task success by 23%"
                        + " over the strongest baseline.",
                TldrComposer.compose("GoalKeeper is a memory module that tracks the constraints a user states.",
                        "Experiments on five benchmarks show that GoalKeeper improves task success by 23% over the strongest baseline.",
                        Set.of("23")));
        assertEquals("GoalKeeper", TldrComposer.subjectOf("GoalKeeper is a memory module."));
        assertNull(TldrComposer.subjectOf("This memory module is small."), "no name");
        assertNull(TldrComposer.asParticipleOf("GoalKeeper", "GoalKeeperX raises the rate by 12 points"), "another name");
    }

    @Test
    void aSentenceWithNothingToDropLosesItsAsidesAndWhatFollowsTheFigures() {
        // the aside in brackets states no wanted figure; the phrase ends at the comma after the last one
        assertEquals("GoalKeeper raises the task success rate by 12 points",
                FigurePhrase.of("GoalKeeper (a memory module) raises the task success rate by 12 points, a large margin"
                        + " for so small a module.", Set.of("12")));
        // or at a circumstance after it
        assertEquals("Our model reaches 81.2% accuracy",
                FigurePhrase.of("Our model reaches 81.2% accuracy on ImageNet without extra data.", Set.of("81.2")));
        // never inside brackets, inside a hyphenated series, or into a list after a colon
        assertEquals("It spans 3 high-, 3 medium-, and 12 low-resource languages",
                FigurePhrase.of("It spans 3 high-, 3 medium-, and 12 low-resource languages.", Set.of("3", "12")));
        assertEquals("V2V-Bench has 11 dimensions in five categories",
                FigurePhrase.of("V2V-Bench has 11 dimensions in five categories: temporal alignment, fidelity and quality.",
                        Set.of("11", "5")));
        // "a 17% increase" needs what increased; "shows that prompting" has not said it yet
        assertEquals("Tuning yields a 17% increase in accuracy",
                FigurePhrase.of("Tuning yields a 17% increase in accuracy.", Set.of("17")));
    }

    @Test
    void figuresSpanningTheWholeSentenceAreThoseOfItsMainClause() {
        assertEquals(Set.of("8", "18"), FigurePhrase.mainClauseFigures(
                "Analyzing over 1.8 million texts across several models, we find that 8-18% of tokens fall outside the boundaries.",
                Set.of("1.8", "1800000", "8", "18")));
        String composed = TldrComposer.compose("TokenScope is a method that measures token truncation.",
                "Analyzing over 1.8 million texts across several models, we find that 8-18% of tokens fall outside the boundaries.",
                Set.of("1.8", "1800000", "8", "18"));
        assertEquals("TokenScope is a method that measures token truncation; 8-18% of tokens fall outside the boundaries.", composed);
    }

    @Test
    void aSecondClauseCarriesTheFiguresTheFirstLeftOut() {
        String first = "LoASR-Bench is a benchmark for low-resource speech recognition; it covers 25 languages and 9 families.";
        // its setting goes ("Across several systems, "); nothing else had to
        assertEquals(first.substring(0, first.length() - 1) + "; the best model reaches a 31.5% error rate, far above English.",
                TldrComposer.composeMore(first, "Across several systems, the best model reaches a 31.5% error rate, far above English.",
                        Set.of("31.5")));
        assertNull(TldrComposer.composeMore(first, "The best model reaches a 31.5% error rate.", Set.of("31.5")),
                "the whole sentence would stand in two fields");
        assertNull(TldrComposer.composeMore(first, "Among twelve systems, achieving a 31.5% error rate, far above English.",
                Set.of("31.5")), "a participle would take the last clause's subject");
    }

    @Test
    void aFindingOfTheTldrsSubjectIsTakenFromWhereTheSubjectOpensIt() {
        String sentence = "Built upon HomeEnv, an executable smart-home simulator, SMH-Bench contains 1,100 tasks spanning 7 categories.";
        assertEquals("SMH-Bench contains 1,100 tasks spanning 7 categories.",
                TldrComposer.fromSubject("SMH-Bench", sentence, Set.of("1100", "7")));
        assertEquals(sentence.replace("HomeEnv", "HomeEnv with 5 rooms"), TldrComposer.fromSubject("SMH-Bench", sentence.replace("HomeEnv", "HomeEnv with 5 rooms"), Set.of("5", "7")),
                "the opening states a wanted figure");
        assertEquals("SMH-Bench is a benchmark for smart-home agents, containing 1,100 tasks spanning 7 categories.",
                TldrComposer.compose("SMH-Bench is a benchmark for smart-home agents.", sentence, Set.of("1100", "7")));
    }

    @Test
    void aPhraseEndsAtTheFirstEndAfterItsFiguresThatLeavesAClause() {
        // "Results on 9 datasets" (before " across ") is no clause; " while " leaves one
        assertEquals("Results on 9 datasets across NER and RE tasks show that SMADE-IE outperforms the baselines",
                FigurePhrase.of("Results on 9 datasets across NER and RE tasks show that SMADE-IE outperforms the baselines"
                        + " while also improving token efficiency.", Set.of("9")));
    }

    @Test
    void punctuationAfterTheLastFigureIsNotTheFiguresOwn() {
        // ", demonstrating ..." follows "92.26%," and goes with the clause it opens
        assertEquals("We achieve a classification efficiency of 92.26%",
                FigurePhrase.of("We achieve a classification efficiency of 92.26%, demonstrating the potential of transformers.",
                        Set.of("92.26")));
    }

    @Test
    void clausesAfterASemicolonOpenInLowerCaseUnlessTheyOpenWithAName() {
        assertEquals("benchmarking twelve pipelines reveals a bottleneck", TldrComposer.lowerOpening("Benchmarking twelve pipelines reveals a bottleneck"));
        assertEquals("as expected, it fails", TldrComposer.lowerOpening("As expected, it fails"));
        assertEquals("GoalKeeper raises it", TldrComposer.lowerOpening("GoalKeeper raises it"));
    }

    @Test
    void nothingIsComposedThatWouldCopyTheSentenceOrMisreadOrBeTooLong() {
        String tldr = "GoalKeeper is a memory module that tracks the constraints a user states.";
        // the whole result sentence would stand in two fields
        assertNull(TldrComposer.compose(tldr, "The task success rate improves by 12 points.", Set.of("12")));
        // "This study ..., achieving 80.4%" would say the study achieved it: the finding keeps its own subject
        assertEquals("This study compares two models for the diagnosis of six diseases; our model achieves 80.4% accuracy"
                        + " against 69.6% for the baseline.",
                TldrComposer.compose("This study compares two models for the diagnosis of six diseases.",
                        "Experiments show that our model achieves 80.4% accuracy against 69.6% for the baseline.", Set.of("80.4")));
        // a sentence that does not state the figure
        assertNull(TldrComposer.compose(tldr, "Experiments show that GoalKeeper is fast and accurate on many tasks.", Set.of("12")));
        // a finding that leaves the TL;DR no room: one sentence of at most MAX_WORDS words, or nothing composed
        String finding = "Experiments show that the task success rate on web navigation, travel planning, household tasks, "
                + "spreadsheet editing, calendar scheduling, e-mail triage, code review, data cleaning, form filling, "
                + "ticket booking, recipe planning, map search, document summarisation, slide making, shopping, customer "
                + "support, medical triage, legal drafting, travel insurance claims, tax filing, bug triage, log analysis, "
                + "translation review, grant writing, essay grading, contract search and inventory control rises by 12 points.";
        assertNull(TldrComposer.compose(tldr, finding, Set.of("12")));
    }

    @Test
    void bothVerbsOfTheOwnSubjectBecomeParticiplesAndDescriptionsToo() {
        assertEquals("reducing the error by 5.63% and improving the hit rate by 7.80%",
                TldrComposer.asParticiple("It reduces the error by 5.63% and improves the hit rate by 7.80%"));
        assertEquals("comprising 1,381 research ideas", TldrComposer.asParticiple("It comprises 1,381 research ideas"));
        // a plural noun after "and" is no second verb
        assertEquals("achieving 80% accuracy and parameters savings of 30%",
                TldrComposer.asParticiple("Our model achieves 80% accuracy and parameters savings of 30%"));
        // the whole sentence may go once it is rewritten: a participle is no copy of it
        assertEquals("UEval is a benchmark to evaluate unified models, comprising 1,000 expert-curated questions that require"
                        + " both images and text, sourced from 8 real-world tasks.",
                TldrComposer.compose("UEval is a benchmark to evaluate unified models.",
                        "UEval comprises 1,000 expert-curated questions that require both images and text, sourced from 8 real-world tasks.",
                        Set.of("1000", "8")));
    }

    @Test
    void aTightPhraseEndsAtTheFirstLooseEndAfterItsFiguresForRoom() {
        String tldr = "GoalKeeper is a memory module that tracks the constraints a user states.";
        String result = "Experiments show that GoalKeeper improves task success by 23% over the strongest baseline on three benchmarks.";
        assertEquals("GoalKeeper is a memory module that tracks the constraints a user states, improving task success by 23%"
                + " over the strongest baseline on three benchmarks.", TldrComposer.compose(tldr, result, Set.of("23")));
        assertEquals("GoalKeeper is a memory module that tracks the constraints a user states, improving task success by 23%.",
                TldrComposer.compose(tldr, result, Set.of("23"), false, true));
    }
}
