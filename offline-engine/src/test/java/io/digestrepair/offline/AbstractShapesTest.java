package io.digestrepair.offline;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.offline.fields.FieldAssembler;
import io.digestrepair.offline.fields.SentenceShape;
import io.digestrepair.offline.fields.TldrWriter;
import io.digestrepair.offline.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every shape of abstract a digest holds gives five non-empty English fields within the summarizer's limits. */
class AbstractShapesTest {

    private static final OfflineEngine ENGINE = OfflineEngine.load();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    /** Written for this test in the manner of the Korean deployment's abstract without full stops (300 words). */
    private static String withoutSentencePunctuation() {
        String[] clauses = {
                "large language models are increasingly deployed as agents that plan and act over long horizons",
                "however their plans often drift from the user's goal as the context grows and earlier constraints are forgotten",
                "we propose GoalKeeper a lightweight memory module that tracks the constraints stated by the user",
                "GoalKeeper extracts each constraint into a structured slot and checks every planned action against the slots",
                "the module needs no fine-tuning of the underlying model and adds less than 5 percent to the inference cost",
                "we evaluate GoalKeeper on three agent benchmarks covering web navigation travel planning and household tasks",
                "across all benchmarks GoalKeeper raises the task success rate by 12 points on average",
                "it also cuts constraint violations by half compared with the strongest prompting baseline",
                "an ablation shows that the structured slots matter more than the checking step",
                "these results suggest that explicit constraint tracking is a cheap and effective way to keep agents on task"};
        StringBuilder b = new StringBuilder();
        for (int round = 0; b.toString().split("\\s+").length < 300; round++) {
            for (String c : clauses) {
                b.append(round == 0 && b.isEmpty() ? "" : " ").append(c);
            }
        }
        return b.toString();
    }

    private static final String ONE_SENTENCE = "We propose GoalKeeper, a lightweight memory module that tracks the constraints a user "
            + "states and checks every planned action of a language-model agent against them, raising task success by 12 points "
            + "on three agent benchmarks while adding less than 5% to the inference cost.";

    private static final String HEADINGS = "Background: Agents built on language models drift from the user's goal over long horizons. "
            + "Methods: We track each stated constraint in a structured slot and check every planned action against the slots. "
            + "Results: On three agent benchmarks the task success rate rose by 12 points and constraint violations fell by half. "
            + "Conclusions: Explicit constraint tracking keeps agents on task at little cost.";

    private static String veryLong() {
        StringBuilder b = new StringBuilder("Agents built on language models drift from the user's goal over long horizons. ");
        for (int i = 1; i <= 60; i++) {
            b.append("In experiment ").append(i).append(", we measured how often the agent kept constraint ").append(i)
                    .append(" across ").append(i * 10).append(" planning steps. ");
        }
        b.append("These results suggest that explicit constraint tracking keeps agents on task.");
        return b.toString();
    }

    private static void assertFiveEnglishFields(String shape, String abstractText, boolean noRepeats) {
        Map<FieldName, String> fields = ENGINE.summarize("GoalKeeper", abstractText);
        assertEquals(5, fields.size(), shape);
        Set<String> seen = new HashSet<>();
        for (FieldName f : FieldName.values()) {
            String text = fields.get(f);
            String where = shape + " / " + f + ": " + text;
            assertFalse(text == null || text.isBlank(), where);
            assertEquals("en", LanguageDetector.shared().detect(text), where);
            int words = text.split("\\s+").length;
            if (f == FieldName.TLDR) {
                assertTrue(words <= TldrWriter.MAX_WORDS, where);
                assertEquals(1, SPLITTER.split(text).size(), "one sentence: " + where);
            } else {
                assertTrue(words <= FieldAssembler.MAX_FIELD_WORDS, where);
            }
            assertTrue(text.endsWith(".") || text.endsWith("?") || text.endsWith("!"), where);
            if (noRepeats) {
                for (String s : SPLITTER.split(text)) {
                    assertTrue(seen.add(s.toLowerCase()), "a sentence in two fields: " + where);
                }
            }
        }
    }

    @Test
    void anAbstractWithoutSentencePunctuation() {
        String text = withoutSentencePunctuation();
        assertFalse(text.contains("."));
        assertFiveEnglishFields("no punctuation", text, true);
    }

    @Test
    void aOneSentenceAbstract() {
        assertFiveEnglishFields("one sentence", ONE_SENTENCE, false);
        // split at its clauses, so that it is not one sentence five times
        Map<FieldName, String> fields = ENGINE.summarize("GoalKeeper", ONE_SENTENCE);
        assertTrue(new HashSet<>(fields.values()).size() >= 3, fields.toString());
    }

    @Test
    void anAbstractOfHeadings() {
        assertFiveEnglishFields("headings", HEADINGS, false);
        Map<FieldName, String> fields = ENGINE.summarize("GoalKeeper", HEADINGS);
        fields.values().forEach(t -> assertFalse(t.matches("^(?:Background|Methods|Results|Conclusions):.*"), t));
    }

    @Test
    void aVeryLongAbstract() {
        assertFiveEnglishFields("very long", veryLong(), true);
    }

    /** Two sentences, the longer without a clause boundary (written for this test). */
    private static final String TWO_SENTENCES = "The main question of this paper centres on defining the amount of context that is necessary "
            + "when investigating the relation between language model probabilities and cognitive phenomena. "
            + "We investigate whether whole utterances are needed to observe probabilistic reduction and show that n-gram "
            + "representations suffice as units of planning.";

    /** Five sentences of which one is a link, so four fit to be fields (written for this test). */
    private static final String WITH_A_LINK = "Differentiable rendering inverts the rendering process to optimise scene parameters from images. "
            + "We present TetRender, a differentiable volume renderer for tetrahedral meshes. "
            + "Unlike grid-based methods, it optimises vertex positions and subdivides the mesh locally without multigrid schemes. "
            + "We derive the gradients of the forward pass and regularisers that avoid degenerate tetrahedra, and show how the mesh "
            + "is subdivided for a coarse-to-fine optimisation. "
            + "The source code is available at https://github.com/example/tetrender.";

    @Test
    void anAbstractOfFewerFitSentencesThanFieldsPutsNoSentenceInTwoFields() {
        for (String text : new String[] {TWO_SENTENCES, WITH_A_LINK}) {
            assertFiveEnglishFields("few sentences", text, true);
            OfflineSummary s = ENGINE.explain("TetRender", text);
            Set<Integer> taken = new HashSet<>();
            for (FieldName f : FieldName.values()) {
                for (int i : s.sources().get(f)) {
                    assertTrue(taken.add(i), f + " shares piece " + i + " of " + s.sentences() + ": " + s.fields());
                }
            }
        }
    }

    @Test
    void anEmptyAbstractGivesNoField() {
        ENGINE.summarize("GoalKeeper", " \n ").values().forEach(t -> assertEquals("", t));
    }

    @Test
    void theTldrIsACompleteSentence() {
        for (String text : new String[] {withoutSentencePunctuation(), ONE_SENTENCE, HEADINGS, veryLong()}) {
            String tldr = ENGINE.summarize("GoalKeeper", text).get(FieldName.TLDR);
            assertTrue(SentenceShape.isComplete(tldr), tldr);
        }
    }
}
