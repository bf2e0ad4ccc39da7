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
                "Experiments on five benchmarks show that GoalKeeper improves task success by 23% over the strongest baseline, "
                        + "which confirms the value of explicit constraints.", Set.of("23"));
        assertEquals("GoalKeeper is a memory module that tracks the constraints a user states; GoalKeeper improves task success"
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
    void nothingIsComposedThatWouldCopyTheSentenceOrMisreadOrBeTooLong() {
        String tldr = "GoalKeeper is a memory module that tracks the constraints a user states.";
        // the whole result sentence would stand in two fields
        assertNull(TldrComposer.compose(tldr, "GoalKeeper raises the task success rate by 12 points.", Set.of("12")));
        // "This study ..., achieving 80.4%" would say the study achieved it: the finding keeps its own subject
        assertEquals("This study compares two models for the diagnosis of six diseases; our model achieves 80.4% accuracy"
                        + " against 69.6% for the baseline.",
                TldrComposer.compose("This study compares two models for the diagnosis of six diseases.",
                        "Experiments show that our model achieves 80.4% accuracy against 69.6% for the baseline.", Set.of("80.4")));
        // a sentence that does not state the figure
        assertNull(TldrComposer.compose(tldr, "Experiments show that GoalKeeper is fast and accurate on many tasks.", Set.of("12")));
        String longTldr = "GoalKeeper is a lightweight memory module for language-model agents that tracks each constraint a user "
                + "states in a structured slot and checks every planned action against the slots without any fine-tuning of the model or any change to its prompts or its tools.";
        assertNull(TldrComposer.compose(longTldr, "Experiments on web navigation, travel planning and household tasks show that "
                + "GoalKeeper raises the task success rate by 12 points on average over the strongest prompting baselines.", Set.of("12")));
    }
}
