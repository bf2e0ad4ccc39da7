package io.digestrepair.offline.fields;

import io.digestrepair.core.FieldName;
import io.digestrepair.offline.role.Role;
import io.digestrepair.offline.role.RoleTagging;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.digestrepair.offline.role.Role.BACKGROUND;
import static io.digestrepair.offline.role.Role.METHOD;
import static io.digestrepair.offline.role.Role.OBJECTIVE;
import static io.digestrepair.offline.role.Role.RESULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldAssemblerTest {

    private final FieldAssembler assembler = new FieldAssembler();

    /** Tagging as sure of each role as a model could be. */
    private static RoleTagging certain(Role... roles) {
        double[][] p = new double[roles.length][Role.COUNT];
        for (int i = 0; i < roles.length; i++) {
            p[i][roles[i].ordinal()] = 1.0;
        }
        return new RoleTagging(List.of(roles), p);
    }

    private static final List<String> TYPICAL = List.of(
            "Large language models are widely used for code generation.",
            "However, they often fail on repository-level tasks that span many files.",
            "In this paper, we propose RepoLens, which retrieves the files a change depends on.",
            "RepoLens builds a dependency graph of the repository and ranks files by their distance to the edit.",
            "We train the ranker with contrastive pairs mined from commit histories.",
            "On two benchmarks, RepoLens improves pass@1 by 7.5 points over the strongest baseline.",
            "These results suggest that structure-aware retrieval is a promising direction for code agents.");

    @Test
    void eachFieldTakesItsRole() {
        FieldAssembler.Assembly a = assembler.assemble(TYPICAL,
                certain(BACKGROUND, BACKGROUND, OBJECTIVE, METHOD, METHOD, RESULT, RESULT));
        assertEquals("RepoLens retrieves the files a change depends on.", a.text().get(FieldName.TLDR));
        assertEquals(TYPICAL.get(0) + " " + TYPICAL.get(1), a.text().get(FieldName.MOTIVATION));
        assertEquals(TYPICAL.get(3) + " " + TYPICAL.get(4), a.text().get(FieldName.METHOD));
        assertEquals(TYPICAL.get(5), a.text().get(FieldName.RESULT));
        assertEquals(TYPICAL.get(6), a.text().get(FieldName.CONCLUSION));
        assertNoSentenceShared(a);
    }

    @Test
    void anOriginalsNumbersAndTermsPickTheSentencesOfItsField() {
        RoleTagging roles = certain(BACKGROUND, BACKGROUND, OBJECTIVE, METHOD, METHOD, RESULT, RESULT);
        // a Result that states 7.5 and pass@1, a Method that names the commit histories' contrastive pairs... in Chinese
        Map<FieldName, String> originals = Map.of(
                FieldName.RESULT, "在两个基准上，RepoLens的pass@1比最强基线提高7.5个点。",
                FieldName.CONCLUSION, "结构感知检索是代码智能体的一个有前景的方向。");
        FieldAssembler.Assembly a = assembler.assemble(TYPICAL, roles, originals);
        assertTrue(a.text().get(FieldName.RESULT).contains("7.5 points"), a.text().get(FieldName.RESULT));
        assertNoSentenceShared(a);
        // with nothing to match, the role-based choice stands
        FieldAssembler.Assembly plain = assembler.assemble(TYPICAL, roles);
        assertEquals(plain.text(), assembler.assemble(TYPICAL, roles, Map.of(FieldName.METHOD, "我们提出了一种方法。")).text());
    }

    @Test
    void aClauseIsLentOnceNotToTheTldrAndAFieldBoth() {
        RoleTagging roles = certain(BACKGROUND, BACKGROUND, OBJECTIVE, METHOD, METHOD, RESULT, RESULT);
        Map<FieldName, String> originals = Map.of(
                FieldName.TLDR, "RepoLens检索变更所依赖的文件，pass@1提高7.5个点。",
                FieldName.RESULT, "在两个基准上，RepoLens的pass@1比最强基线提高7.5个点。",
                FieldName.CONCLUSION, "RepoLens将pass@1提高7.5个点，表明结构感知检索是代码智能体的一个有前景的方向。");
        FieldAssembler.Assembly a = assembler.assemble(TYPICAL, roles, originals);
        assertEquals(TYPICAL.get(5), a.text().get(FieldName.RESULT));
        assertTrue(a.text().get(FieldName.TLDR).contains("7.5 points"), a.text().get(FieldName.TLDR));
        // the Result holds the sentence, the TL;DR its clause: the Conclusion does not say it a third time
        assertFalse(a.text().get(FieldName.CONCLUSION).contains("7.5 points"), a.text().get(FieldName.CONCLUSION));
        assertNoSentenceShared(a);
    }

    @Test
    void aConclusionRestatingTheResultsFigureTakesTheClauseThatStatesItNotTheSentence() {
        RoleTagging roles = certain(BACKGROUND, BACKGROUND, OBJECTIVE, METHOD, METHOD, RESULT, RESULT);
        Map<FieldName, String> originals = Map.of(
                FieldName.RESULT, "在两个基准上，RepoLens的pass@1比最强基线提高7.5个点。",
                FieldName.CONCLUSION, "RepoLens将pass@1提高7.5个点，表明结构感知检索是代码智能体的一个有前景的方向。");
        FieldAssembler.Assembly a = assembler.assemble(TYPICAL, roles, originals);
        assertEquals(TYPICAL.get(5), a.text().get(FieldName.RESULT));
        assertEquals("RepoLens improves pass@1 by 7.5 points over the strongest baseline; these results suggest that"
                + " structure-aware retrieval is a promising direction for code agents.", a.text().get(FieldName.CONCLUSION));
        assertEquals(List.of(6), a.sources().get(FieldName.CONCLUSION));
        assertNoSentenceShared(a);
        // without the figure in its original, the Conclusion is its sentence as it stands
        assertEquals(TYPICAL.get(6), assembler.assemble(TYPICAL, roles,
                Map.of(FieldName.CONCLUSION, "结构感知检索是代码智能体的一个有前景的方向。")).text().get(FieldName.CONCLUSION));
    }

    @Test
    void aTldrTakesTheFiguresOfTheOwnWorkFromAMethodSentenceAfterTheContribution() {
        List<String> s = List.of(
                "Sports referees make 30 decisions per minute under pressure.",
                "However, no benchmark tests whether multimodal models can referee.",
                "We introduce RefereeBench, a benchmark for evaluating multimodal models as automatic sports referees.",
                "The benchmark has 11 sports and 925 annotated match videos, which makes it the largest of its kind.",
                "The strongest model answers only about half of the rule questions correctly.",
                "These gaps point to rule application as an open problem.");
        RoleTagging roles = certain(BACKGROUND, BACKGROUND, OBJECTIVE, METHOD, RESULT, RESULT);
        // the Method's original states the sizes too: the sentence is the Method's, the TL;DR takes its clause
        FieldAssembler.Assembly a = assembler.assemble(s, roles, Map.of(FieldName.TLDR, "RefereeBench涵盖11项运动和925个视频。",
                FieldName.METHOD, "基准包含11项运动和925个视频。"));
        assertEquals("RefereeBench is a benchmark for evaluating multimodal models as automatic sports referees; the benchmark"
                + " has 11 sports and 925 annotated match videos.", a.text().get(FieldName.TLDR));
        String tldr = a.text().get(FieldName.TLDR);
        assertTrue(tldr.contains("11 sports") && tldr.contains("925"), tldr);
        assertTrue(SentenceShape.isComplete(tldr), tldr);
        assertNoSentenceShared(a);
        assertEquals(List.of(3), a.sources().get(FieldName.METHOD));
    }

    @Test
    void aResultAndAMotivationTakeTheClauseOfTheFiguresTheirOriginalsStated() {
        List<String> s = List.of(
                "Sports referees make 30 decisions per minute under pressure, which leaves little time per call.",
                "However, no benchmark tests whether multimodal models can referee.",
                "We introduce RefereeBench, a benchmark for evaluating multimodal models as automatic sports referees.",
                "The benchmark has 11 sports and 925 annotated match videos, which makes it the largest of its kind.",
                "The strongest model answers 52% of the rule questions correctly, and humans answer 91% of them.",
                "These gaps point to rule application as an open problem.");
        RoleTagging roles = certain(BACKGROUND, BACKGROUND, OBJECTIVE, METHOD, RESULT, RESULT);
        // the Motivation's original states the referees' 30 decisions, which the Motivation's sentence does not hold
        // (the Method's original takes that sentence: it states them too), the Result's the benchmark's size
        FieldAssembler.Assembly a = assembler.assemble(s, roles, Map.of(
                FieldName.MOTIVATION, "裁判每分钟做出30个决定，但没有基准测试多模态模型能否担任裁判。",
                FieldName.METHOD, "裁判每分钟做出30个决定；RefereeBench评估多模态模型。",
                FieldName.RESULT, "在11项运动和925个视频上，最强模型仅答对52%，人类为91%。"));
        String result = a.text().get(FieldName.RESULT);
        assertTrue(result.contains("52%") && result.contains("925"), result);
        assertNoSentenceShared(a);
        for (FieldName f : FieldName.values()) {
            assertTrue(SuspectTextFree.of(a.text().get(f)), f + ": " + a.text().get(f));
        }
    }

    @Test
    void aThreeDOfTheOriginalJoinsNoClauseWithoutOneOfItsTerms() {
        List<String> s = List.of(
                "3D scene understanding on ScanNet requires reasoning about geometry, which most vision models ignore.",
                "However, existing benchmarks test only images.",
                "We introduce GeoProbe, a benchmark of spatial questions about indoor scans.",
                "GeoProbe pairs each scan with questions about distances between objects.",
                "The strongest model answers only half of the questions correctly.",
                "These gaps point to geometry as an open problem for vision models.");
        RoleTagging roles = certain(BACKGROUND, BACKGROUND, OBJECTIVE, METHOD, RESULT, RESULT);
        String motivation = "ScanNet上的3D场景理解需要几何推理。";
        // "3D" only names the kind of data: the Conclusion does not take the background's clause for its 3
        FieldAssembler.Assembly a = assembler.assemble(s, roles, Map.of(FieldName.MOTIVATION, motivation,
                FieldName.CONCLUSION, "几何推理仍是3D视觉模型的开放问题。"));
        assertEquals(s.get(5), a.text().get(FieldName.CONCLUSION));
        // with a term of the original in it (ScanNet), the clause states what the original stated; it comes
        // first, before "These gaps ...", which then has its antecedent
        FieldAssembler.Assembly named = assembler.assemble(s, roles, Map.of(FieldName.MOTIVATION, motivation,
                FieldName.CONCLUSION, "ScanNet上的3D几何推理仍是开放问题。"));
        assertEquals("3D scene understanding on ScanNet requires reasoning about geometry; these gaps point to geometry as"
                + " an open problem for vision models.", named.text().get(FieldName.CONCLUSION));
        assertNoSentenceShared(named);
    }

    @Test
    void aNumberOnlyTheSecondResultSentenceStatesMovesItIntoTheResult() {
        List<String> s = List.of(
                "Large language models are widely used for code generation.",
                "However, they often fail on repository-level tasks that span many files.",
                "In this paper, we propose RepoLens, which retrieves the files a change depends on.",
                "RepoLens builds a dependency graph of the repository and ranks files by their distance to the edit.",
                "On two benchmarks, RepoLens improves pass@1 over the strongest baseline.",
                "It also cuts the retrieval latency to 40 ms per query on a single GPU.",
                "These results suggest that structure-aware retrieval is a promising direction for code agents.");
        RoleTagging roles = certain(BACKGROUND, BACKGROUND, OBJECTIVE, METHOD, RESULT, METHOD, RESULT);
        FieldAssembler.Assembly a = assembler.assemble(s, roles, Map.of(FieldName.RESULT, "检索延迟降至每次查询40毫秒。"));
        assertTrue(a.sources().get(FieldName.RESULT).contains(5), a.sources().toString());
        // "It also cuts ..." points back: its antecedent comes with it
        assertTrue(a.sources().get(FieldName.RESULT).contains(4), a.sources().toString());
        assertNoSentenceShared(a);
    }

    @Test
    void aFieldDoesNotOpenWithAConnective() {
        assertEquals("We train the ranker on commit histories.",
                SentenceCues.withoutConnective("Additionally, we train the ranker on commit histories."));
        assertEquals("RepoLens ranks files by distance.", SentenceCues.withoutConnective("Moreover, RepoLens ranks files by distance."));
        assertTrue(SentenceCues.opensWithReference("These emergent properties make it robust."));
        assertFalse(SentenceCues.opensWithReference("This paper studies retrieval."));
    }

    @Test
    void missingRolesAreFilledByPositionWithoutRepeats() {
        FieldAssembler.Assembly a = assembler.assemble(TYPICAL,
                certain(BACKGROUND, BACKGROUND, BACKGROUND, BACKGROUND, BACKGROUND, BACKGROUND, BACKGROUND));
        for (FieldName f : FieldName.values()) {
            assertFalse(a.text().get(f).isBlank(), f + " is empty");
        }
        assertEquals(List.of(6), a.sources().get(FieldName.CONCLUSION), "the closing field falls back to the last sentence");
        assertNoSentenceShared(a);
    }

    @Test
    void boilerplateIsNotASummary() {
        List<String> s = new ArrayList<>(TYPICAL);
        s.add("Code is available at https://github.com/example/repolens.");
        FieldAssembler.Assembly a = assembler.assemble(s,
                certain(BACKGROUND, BACKGROUND, OBJECTIVE, METHOD, METHOD, RESULT, RESULT, Role.OTHER));
        for (FieldName f : FieldName.values()) {
            assertFalse(a.sources().get(f).contains(7), f + " took the code-availability sentence");
        }
        assertEquals(TYPICAL.get(6), a.text().get(FieldName.CONCLUSION));
    }

    @Test
    void sentencesTheSummarizerWouldRefuseAreNotFields() {
        List<String> s = new ArrayList<>(TYPICAL);
        // an abstract the digest cut off, a closing link whose address is gone, a bilingual abstract's other
        // half, a last word cut mid-way
        s.set(1, "However, they often fail on repository-level tasks that span many...");
        s.add(4, "Proponemos un marco para calcular el ratio de los archivos que una edición necesita.");
        s.add("Project page:");
        s.add("Robu");
        FieldAssembler.Assembly a = assembler.assemble(s,
                certain(BACKGROUND, BACKGROUND, OBJECTIVE, METHOD, METHOD, METHOD, RESULT, RESULT, Role.OTHER, Role.OTHER));
        for (FieldName f : FieldName.values()) {
            for (int refused : List.of(1, 4, 8, 9)) {
                assertFalse(a.sources().get(f).contains(refused), f + " took sentence " + refused + ": " + a.text().get(f));
            }
        }
        assertEquals(TYPICAL.get(6), a.text().get(FieldName.CONCLUSION));
    }

    @Test
    void aSentenceOverTheFieldLimitIsNeverAField() {
        // 2026-06-09, paper 97: one enumerating sentence of 126 words
        String enumeration = "Its main contributions are: " + "a) a description of the evolution of the field, ".repeat(16) + "and more.";
        assertTrue(SentenceCues.words(enumeration) > FieldAssembler.MAX_FIELD_WORDS);
        List<String> s = new ArrayList<>(TYPICAL);
        s.set(5, enumeration);
        FieldAssembler.Assembly a = assembler.assemble(s, certain(BACKGROUND, BACKGROUND, OBJECTIVE, METHOD, METHOD, RESULT, RESULT));
        for (FieldName f : FieldName.values()) {
            assertTrue(SentenceCues.words(a.text().get(f)) <= FieldAssembler.MAX_FIELD_WORDS, f + ": " + a.text().get(f));
            assertFalse(a.sources().get(f).contains(5) && f != FieldName.TLDR, f + " took the long sentence");
        }
    }

    @Test
    void sentencesWithoutAFullStopGetOneInAField() {
        assertEquals("Existing approaches often struggle to address these issues effectively.",
                FieldAssembler.withFullStop("Existing approaches often struggle to address these issues effectively"));
        assertEquals("It works (see Fig. 2).", FieldAssembler.withFullStop("It works (see Fig. 2)"));
        assertEquals("It works (see the appendix.)", FieldAssembler.withFullStop("It works (see the appendix.)"));
        assertEquals("Is it real?", FieldAssembler.withFullStop("Is it real?"));
    }

    @Test
    void shortAbstractsShareSentencesRatherThanLeaveFieldsEmpty() {
        List<String> two = List.of("We propose a faster sorting network for GPUs.", "It sorts a billion keys in 40 ms.");
        FieldAssembler.Assembly a = assembler.assemble(two, certain(OBJECTIVE, RESULT));
        for (FieldName f : FieldName.values()) {
            assertFalse(a.text().get(f).isBlank(), f + " is empty");
        }
        assertEquals(two.get(1), a.text().get(FieldName.RESULT));

        FieldAssembler.Assembly one = assembler.assemble(List.of("A single sentence about graph neural networks."), certain(METHOD));
        for (FieldName f : FieldName.values()) {
            assertFalse(one.text().get(f).isBlank(), f + " is empty");
        }
    }

    @Test
    void fieldsAreSentencesOfTheAbstract() {
        FieldAssembler.Assembly a = assembler.assemble(TYPICAL,
                certain(BACKGROUND, OBJECTIVE, METHOD, METHOD, RESULT, RESULT, RESULT));
        Set<String> sentences = new HashSet<>(TYPICAL);
        for (FieldName f : List.of(FieldName.MOTIVATION, FieldName.METHOD, FieldName.RESULT, FieldName.CONCLUSION)) {
            for (int i : a.sources().get(f)) {
                assertTrue(a.text().get(f).contains(TYPICAL.get(i)));
            }
            String rebuilt = String.join(" ", a.sources().get(f).stream().map(TYPICAL::get).toList());
            assertEquals(rebuilt, a.text().get(f));
            assertTrue(a.sources().get(f).stream().map(TYPICAL::get).allMatch(sentences::contains));
        }
    }

    /** The summarizer's check of a finished text ({@code SuspectText}), as the engine applies it to what it composes. */
    private static final class SuspectTextFree {
        static boolean of(String text) {
            return io.digestrepair.core.text.SuspectText.reason(text).isEmpty();
        }
    }

    private static void assertNoSentenceShared(FieldAssembler.Assembly a) {
        Set<Integer> seen = new HashSet<>();
        for (FieldName f : FieldName.values()) {
            for (int i : a.sources().get(f)) {
                assertTrue(seen.add(i), "sentence " + i + " used twice, again by " + f);
            }
        }
    }
}
