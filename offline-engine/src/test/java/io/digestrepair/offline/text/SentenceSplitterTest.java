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
    void emptyAndPunctuationOnlyInput() {
        splits("");
        splits("   \n ");
        splits(". ...", new String[0]);
    }
}
