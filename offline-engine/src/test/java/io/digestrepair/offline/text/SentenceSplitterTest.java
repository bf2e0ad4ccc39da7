package io.digestrepair.offline.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private void splits(String text, String... expected) {
        assertEquals(List.of(expected), splitter.split(text));
    }

    @Test
    void plainSentences() {
        splits("We propose a model. It works well! Does it scale? Yes.",
                "We propose a model.", "It works well!", "Does it scale?", "Yes.");
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        splits("Many tasks, e.g. retrieval, i.e. search, suffer. Smith et al. (2020) showed this, cf. Fig. 3 and Eq. 2 vs. Tab. 1. We fix it.",
                "Many tasks, e.g. retrieval, i.e. search, suffer.",
                "Smith et al. (2020) showed this, cf. Fig. 3 and Eq. 2 vs. Tab. 1.",
                "We fix it.");
    }

    @Test
    void abbreviationBeforeAStartingWordEndsTheSentence() {
        splits("This follows Smith et al. We then extend images, text, etc. The code is new.",
                "This follows Smith et al.", "We then extend images, text, etc.", "The code is new.");
    }

    @Test
    void decimalsVersionsAndExponents() {
        splits("Accuracy rose by 3.5 points with v2.1 of the model. The learning rate was 1e-4. GPT-3.5 is used.",
                "Accuracy rose by 3.5 points with v2.1 of the model.", "The learning rate was 1e-4.", "GPT-3.5 is used.");
    }

    @Test
    void urlsStayWhole() {
        splits("Code is at https://github.com/org/repo.v2/tree/main. Data at www.example.org/data. We thank all.",
                "Code is at https://github.com/org/repo.v2/tree/main.", "Data at www.example.org/data.", "We thank all.");
    }

    @Test
    void inlineLatexIsProtectedAndCleaned() {
        splits("We reach $O(n \\log n)$ time. Errors drop by 12.5\\% on C. The prior work \\cite{a.b, c.d} fails. $\\mathcal{L}. X$ is a loss. Done.",
                "We reach O(n log n) time.", "Errors drop by 12.5% on C.", "The prior work fails.", "L. X is a loss.", "Done.");
    }

    @Test
    void aFullStopInsideAFormulaEndsTheSentence() {
        // 2026-05-14 paper 224: "... associated to $f(x).$ In particular, ..." reads as two sentences once
        // the markup is gone; a formula without a closing full stop, or one a lowercase word follows, ends none
        splits("These ideals are codes associated to $f(x).$ In particular, when \\( n=1 \\) we give generators. "
                        + "We take $x.$ which is prime. The ring \\(R^t.\\) Then it ends.",
                "These ideals are codes associated to f(x).", "In particular, when n=1 we give generators.",
                "We take x. which is prime.", "The ring R^t.", "Then it ends.");
    }

    @Test
    void hardWrappedLinesAreJoined() {
        splits("We study the\nproblem of long con-\ntext. It is\n  hard.\n\nA new paragraph starts here",
                "We study the problem of long con-text.", "It is hard.", "A new paragraph starts here");
    }

    @Test
    void enumerationsKeepTheirMarkers() {
        splits("We contribute (i) a dataset, (ii) a model. (iii) We release code. Our aims are: 1) speed. 2) Accuracy.",
                "We contribute (i) a dataset, (ii) a model.", "(iii) We release code.", "Our aims are: 1) speed.", "2) Accuracy.");
    }

    @Test
    void sentencesEndingInAQuoteOrAParenthesis() {
        splits("We call it \"the gap.\" It is wide (see the appendix.) We also note (Fig. 2). Then \u201cit ends.\u201d Next one.",
                "We call it \"the gap.\"", "It is wide (see the appendix.)", "We also note (Fig. 2).", "Then \u201cit ends.\u201d", "Next one.");
    }

    @Test
    void initialsAndNamesOpeningSentences() {
        splits("As J. Smith noted, it fails. mHC fixes it. iOS apps benefit. word2vec is old.",
                "As J. Smith noted, it fails.", "mHC fixes it.", "iOS apps benefit.", "word2vec is old.");
    }

    @Test
    void lowercaseAfterAPeriodContinues() {
        splits("The method (approx. linear) is fast. the next word is lower.",
                "The method (approx. linear) is fast. the next word is lower.");
    }

    @Test
    void strayDollarDoesNotSwallowTheRest() {
        splits("It costs $5 per run. We save money. It works.",
                "It costs $5 per run.", "We save money.", "It works.");
    }

    @Test
    void gluedSentencesAreSeparated() {
        splits("The model is small.The results are strong.", "The model is small.", "The results are strong.");
    }

    @Test
    void structuredAbstractHeadingsAreDropped() {
        splits("Objective: To rank answers.\n  Methods: We used peer review. It helps.\n  Results: Accuracy rose to 0.82.",
                "To rank answers.", "We used peer review.", "It helps.", "Accuracy rose to 0.82.");
    }

    @Test
    void sentencesEndInsideTextBraces() {
        // 2026-02-04 paper 112, 2026-01-29 paper 31, 2026-04-30 paper 123, 2026-06-18 paper 140
        splits("This raises a question: \\emph{does the instruction determine the output?}\nWe propose TSS.",
                "This raises a question: does the instruction determine the output?", "We propose TSS.");
        splits("It is hard. {Unfortunately, models rely on static loss.} To address this, we weight it.",
                "It is hard.", "Unfortunately, models rely on static loss.", "To address this, we weight it.");
        splits("{A first claim holds.} {We propose \\textbf{Belief}, a framework. A teacher helps.}",
                "A first claim holds.", "We propose Belief, a framework.", "A teacher helps.");
        splits("We propose {Turing-RL}: an approach. {Turing-RL} uses a reward.",
                "We propose Turing-RL: an approach.", "Turing-RL uses a reward.");
        // math, references and links keep their braces whole
        splits("The loss $\\mathcal{L}. X$ and \\cite{a. B} hold. Done.", "The loss L. X and hold.", "Done.");
    }

    @Test
    void aDashBetweenTwoTextsSeparatesThem() {
        // 2026-01-15 paper 71: a Spanish abstract, then its English version
        splits("Proponemos un marco teórico. --\nRecent techniques inject summaries.",
                "Proponemos un marco teórico.", "Recent techniques inject summaries.");
        splits("We use A -- B pairs. It works.", "We use A -- B pairs.", "It works.");
    }

    @Test
    void aRunOnTextWithoutPunctuationIsSplitAtSentenceOpeners() {
        // 2026-01-09 paper 9: a digest that lost the abstract's punctuation
        String runOn = "Driven by applications in autonomous driving robotics and augmented reality 3D object annotation "
                + "presents challenges beyond 2D annotation including spatial complexity occlusion and viewpoint inconsistency "
                + "Existing approaches based on single models often struggle to address these issues effectively "
                + "We propose Tri MARF a novel framework that integrates tri modal inputs including 2D multi view images "
                + "textual descriptions and 3D point clouds within a multi agent collaborative architecture "
                + "Extensive experiments on Objaverse demonstrate that Tri MARF substantially outperforms existing methods";
        List<String> sentences = splitter.split(runOn);
        assertEquals(4, sentences.size(), sentences.toString());
        assertEquals("We propose Tri MARF a novel framework that integrates tri modal inputs including 2D multi view images "
                + "textual descriptions and 3D point clouds within a multi agent collaborative architecture", sentences.get(2));
        String punctuated = runOn.replace("inconsistency ", "inconsistency, ");
        assertEquals(1, splitter.split(punctuated).size(), "a long sentence with its commas is left whole");
    }

    @Test
    void emptyAndPunctuationOnlyInput() {
        splits("");
        splits("   \n ");
        splits(". ...", new String[0]);
    }
}
