package io.digestrepair.offline.bench;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
                new DigestAbstracts.Paper("First Paper", "We study a problem that is\nwrapped over\nthree lines.",
                        Map.of(FieldName.TLDR, "Summary generation failed", FieldName.MOTIVATION, "x")),
                new DigestAbstracts.Paper("Second Paper", "One line, then a blank."),
                new DigestAbstracts.Paper("Third", "Runs into the header"),
                new DigestAbstracts.Paper("Fourth", "Objective: a structured abstract.\nMethod: its headings are indented.")), papers);
    }

    @Test
    void theFieldsBeforeAnAbstractAreThePapersOwn() {
        String md = """
                ### [1] [One](https://arxiv.org/abs/1)
                **TL;DR**: 提出一种方法，准确率提升23%
                Motivation: 现有方法不足
                Method: 使用Transformer
                Result: 在ImageNet上达到85.3%
                Conclusion: 有效
                Abstract: We propose a method.

                ### [2] [Two](https://arxiv.org/abs/2)
                Result: only this one
                Abstract: Another abstract.
                """;
        List<DigestAbstracts.Paper> papers = DigestAbstracts.parse(md);
        assertEquals(Map.of(FieldName.TLDR, "提出一种方法，准确率提升23%", FieldName.MOTIVATION, "现有方法不足",
                FieldName.METHOD, "使用Transformer", FieldName.RESULT, "在ImageNet上达到85.3%", FieldName.CONCLUSION, "有效"),
                papers.get(0).fields());
        assertEquals(Map.of(FieldName.RESULT, "only this one"), papers.get(1).fields());
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
