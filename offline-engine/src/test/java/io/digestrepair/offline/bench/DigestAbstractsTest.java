package io.digestrepair.offline.bench;

import io.digestrepair.core.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DigestAbstractsTest {

    @Test
    void abstractsEndAtABlankLineDetailsOrTheNextPaper() {
        String md = """
                ### [1] [First Paper](https://arxiv.org/abs/1)
                *A. Author*

                Main category: cs.CL

                TL;DR: Summary generation failed

                <details>
                  <summary>Details</summary>
                Motivation: x

                Abstract: We study a problem that is
                wrapped over
                three lines.
                </details>

                ### [2] [Second Paper](https://arxiv.org/pdf/2)
                **Abstract:** One line, then a blank.

                Not part of it.
                ### [3] [Third](https://arxiv.org/abs/3)
                Abstract: Runs into the header
                ### [4] [Fourth](https://arxiv.org/abs/4)
                Abstract: Objective: a structured abstract.
                  Method: its headings are indented.
                Conclusion: a field label at the start of a line ends it.
                """;
        List<DigestAbstracts.Paper> papers = DigestAbstracts.parse(md);
        assertEquals(List.of(
                new DigestAbstracts.Paper("First Paper", "We study a problem that is\nwrapped over\nthree lines."),
                new DigestAbstracts.Paper("Second Paper", "One line, then a blank."),
                new DigestAbstracts.Paper("Third", "Runs into the header"),
                new DigestAbstracts.Paper("Fourth", "Objective: a structured abstract.\nMethod: its headings are indented.")), papers);
    }

    @Test
    void theCorpusHasAnAbstractForEachOfItsPapers() throws IOException {
        List<Path> files = DigestAbstracts.markdownFiles(SharedData.require(SharedData.markdownDigests()));
        assertEquals(184, files.size());
        int count = 0;
        for (Path f : files) {
            count += DigestAbstracts.read(f).size();
        }
        // the corpus README: 37,877 papers ("### [n] [title](url)" headers)
        assertEquals(37_877, count);
    }
}
