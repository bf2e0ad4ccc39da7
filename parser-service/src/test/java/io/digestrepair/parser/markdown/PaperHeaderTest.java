package io.digestrepair.parser.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaperHeaderTest {

    @Test
    void theLayoutsHeaderIsReadWithoutThePattern() {
        PaperHeader h = PaperHeader.plain("### [12] [Sparse [attention] (halves) memory](https://arxiv.org/abs/2606.00001v2)  ");
        assertNotNull(h);
        assertEquals("Sparse [attention] (halves) memory", h.title());
        assertEquals("https://arxiv.org/abs/2606.00001v2", h.url());
        assertEquals("2606.00001", h.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"###[1] [t](u)", "### [x] [t](u)", "### [1][t](u)", "### [1] [t](a b)", "### [1] [t](u)\t",
            "### [1] [t](u) x", "### [1] t](u)", "### [1] [](u", "### [1] [t]"})
    void anythingLessPlainIsLeftToThePattern(String line) {
        assertNull(PaperHeader.plain(line), line);
        assertEquals(PaperHeader.byPattern(line), PaperHeader.parse(line));
    }

    /** Wherever the fast reading answers, it answers what the pattern does, over lines built from the header's pieces. */
    @Test
    void readsAsThePatternDoes() {
        String[] pieces = {"[", "]", "(", ")", "](", "] [", " ", "  ", "\t", "\u000B", "\u3000", "\u2028", "\r", "12", "x",
                "Title", "中文标题", " (v2)", "https://arxiv.org/abs/2606.00001", "http://arxiv.org/pdf/2606.00001v3",
                "\\", "$", ".*"};
        Random random = new Random(16);
        int plain = 0;
        for (int k = 0; k < 50_000; k++) {
            String[] starts = {"### [12] [", "### [7] [", "### [", "###", "### [1]["};
            StringBuilder line = new StringBuilder(starts[random.nextInt(starts.length)]);
            appendPieces(line, pieces, random, random.nextInt(6));
            if (random.nextInt(4) > 0) {
                line.append("](");
                appendPieces(line, pieces, random, random.nextInt(3));
                line.append(')');
            }
            appendPieces(line, pieces, random, random.nextInt(3) == 0 ? 1 : 0);
            String s = line.toString();
            PaperHeader fast = PaperHeader.plain(s);
            if (fast != null) {
                plain++;
                assertEquals(PaperHeader.byPattern(s), fast, s);
            }
        }
        assertTrue(plain > 5_000, plain + " lines read without the pattern");
    }

    private static void appendPieces(StringBuilder line, String[] pieces, Random random, int n) {
        for (int p = 0; p < n; p++) {
            line.append(pieces[random.nextInt(pieces.length)]);
        }
    }
}
