package io.digestrepair.parser.markdown;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.wire.Edit;
import io.digestrepair.parser.digest.FieldValue;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.render.Renderer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What other deployments of the pipeline write, each on a small digest written here. */
class MarkdownVariantsTest {

    private final MarkdownReader reader = new MarkdownReader();

    /** The pipeline's layout for one paper. */
    private static String paper(int n, String title, String url, String authors, String tldr, String motivation,
                                String method, String result, String conclusion, String abs) {
        return "### [" + n + "] [" + title + "](" + url + ")\n"
                + "*" + authors + "*\n\n"
                + "Main category: cs.CV\n\n"
                + "TL;DR: " + tldr + "\n\n\n"
                + "<details>\n  <summary>Details</summary>\n"
                + "Motivation: " + motivation + "\n\n"
                + "Method: " + method + "\n\n"
                + "Result: " + result + "\n\n"
                + "Conclusion: " + conclusion + "\n\n"
                + "Abstract: " + abs + "\n\n"
                + "</details>\n\n\n";
    }

    private static final String HEAD = "<div id=toc></div>\n\n# Table of Contents\n\n- [cs.CV](#cs.CV) [Total: 2]\n\n\n"
            + "<div id='cs.CV'></div>\n\n# cs.CV [[Back]](#toc)\n\n";

    private static final String DIGEST = HEAD
            + paper(1, "First Paper", "https://arxiv.org/abs/2512.22854", "Ann Lee,Bo Chen", "本文提出了新方法。",
            "动机。", "方法。", "结果。", "结论。", "We study things.")
            + paper(2, "Second [Bracketed] Paper", "https://arxiv.org/abs/2512.23464", "Cy Dee", "Summary generation failed",
            "Motivation analysis unavailable", "Method extraction failed", "Result analysis unavailable",
            "Conclusion extraction failed", "Another abstract.");

    /** Issue 12 point 10: U+2028, U+2029 and U+0085 are characters of a title, not line ends. */
    @Test
    void point10UnicodeLineSeparatorsInATitleAreOrdinaryCharacters() {
        for (String separator : List.of("\u2028", "\u2029", "\u0085")) {
            String title = "Seeing" + separator + "Through Walls";
            MarkdownDigest d = reader.read(DIGEST.replace("First Paper", title));
            PaperEntry first = d.papers().get(0);
            assertEquals(title, first.title(), "separator U+" + Integer.toHexString(separator.charAt(0)));
            assertEquals("https://arxiv.org/abs/2512.22854", first.url());
            assertEquals("2512.22854", first.id());
            assertEquals(2, d.papers().size());
        }
    }

    @Test
    void readsThePipelineLayout() {
        MarkdownDigest d = reader.read(DIGEST);
        assertEquals(2, d.papers().size());
        PaperEntry first = d.papers().get(0);
        assertEquals(0, first.index());
        assertEquals("First Paper", first.title());
        assertEquals("2512.22854", first.id());
        assertEquals(List.of("Ann Lee", "Bo Chen"), first.authors());
        assertEquals("cs.CV", first.category());
        assertEquals("本文提出了新方法。", first.field(FieldName.TLDR).text());
        assertEquals("结论。", first.field(FieldName.CONCLUSION).text());
        assertEquals("We study things.", first.abstractText());
        assertEquals("Second [Bracketed] Paper", d.papers().get(1).title());
        assertSpanHoldsText(d, first, FieldName.METHOD);
        assertArrayEquals(d.source(), Renderer.render(d, List.of()));
    }

    @Test
    void crlfLineEndings() {
        String crlf = DIGEST.replace("\n", "\r\n");
        MarkdownDigest d = reader.read(crlf);
        assertEquals(2, d.papers().size());
        assertEquals("方法。", d.papers().get(0).field(FieldName.METHOD).text());
        assertEquals("We study things.", d.papers().get(0).abstractText());
        assertArrayEquals(crlf.getBytes(StandardCharsets.UTF_8), Renderer.render(d, List.of()));
        String out = render(d, new Edit(0, "method", "Line one.\nLine two."));
        assertTrue(out.contains("Method: Line one.\r\nLine two.\r\n\r\nResult: "), out);
        assertFalse(out.replace("\r\n", "").contains("\n"), "no bare LF written into a CRLF digest");
        assertEquals("Line one.\nLine two.", reader.read(out).papers().get(0).field(FieldName.METHOD).text());
    }

    @Test
    void hardWrappedFieldsAndAbstract() {
        String wrapped = DIGEST.replace("Method: 方法。", "Method: We propose a method\nthat wraps over\nthree lines.")
                .replace("Abstract: We study things.", "Abstract: We study things\nover two lines.\n  Code: https://example.org/x");
        MarkdownDigest d = reader.read(wrapped);
        PaperEntry p = d.papers().get(0);
        assertEquals("We propose a method\nthat wraps over\nthree lines.", p.field(FieldName.METHOD).text());
        assertEquals("We study things\nover two lines.\n  Code: https://example.org/x", p.abstractText());
        assertSpanHoldsText(d, p, FieldName.METHOD);
        assertEquals("结果。", p.field(FieldName.RESULT).text());
    }

    @Test
    void authorsWithCommaSpaceOrComma() {
        MarkdownDigest d = reader.read(DIGEST.replace("*Ann Lee,Bo Chen*", "*Ann Lee, Bo Chen,  Cy Dee*"));
        assertEquals(List.of("Ann Lee", "Bo Chen", "Cy Dee"), d.papers().get(0).authors());
        MarkdownDigest wrappedAuthors = reader.read(DIGEST.replace("*Ann Lee,Bo Chen*", "*Ann Lee,\nBo Chen*"));
        assertEquals(List.of("Ann Lee", "Bo Chen"), wrappedAuthors.papers().get(0).authors());
    }

    @Test
    void absOrPdfLinksWithOrWithoutVersion() {
        for (String url : List.of("https://arxiv.org/abs/2512.22854", "https://arxiv.org/abs/2512.22854v2",
                "https://arxiv.org/pdf/2512.22854", "https://arxiv.org/pdf/2512.22854v1", "http://arxiv.org/pdf/2512.22854v3.pdf")) {
            MarkdownDigest d = reader.read(DIGEST.replace("https://arxiv.org/abs/2512.22854", url));
            assertEquals("2512.22854", d.papers().get(0).id(), url);
            assertEquals(url, d.papers().get(0).url());
        }
        MarkdownDigest old = reader.read(DIGEST.replace("https://arxiv.org/abs/2512.22854", "https://arxiv.org/abs/math.GT/0309136v1"));
        assertEquals("math.GT/0309136", old.papers().get(0).id());
    }

    @Test
    void emptyFieldValuesAreMissingAndCanBeFilled() {
        String empty = DIGEST.replace("TL;DR: 本文提出了新方法。", "TL;DR: ").replace("Result: 结果。", "Result:");
        MarkdownDigest d = reader.read(empty);
        PaperEntry p = d.papers().get(0);
        FieldValue tldr = p.field(FieldName.TLDR);
        assertEquals("", tldr.text());
        assertTrue(tldr.present());
        assertEquals(tldr.slot().start(), tldr.slot().end());
        String out = render(d, new Edit(0, "tldr", "A new method."), new Edit(0, "result", "It works."));
        assertTrue(out.contains("TL;DR: A new method.\n"), out);
        assertTrue(out.contains("Result: It works.\n"), out);
        PaperEntry again = reader.read(out).papers().get(0);
        assertEquals("A new method.", again.field(FieldName.TLDR).text());
        assertEquals("It works.", again.field(FieldName.RESULT).text());
        assertEquals("方法。", again.field(FieldName.METHOD).text());
    }

    @Test
    void missingDetailsBlock() {
        String noDetails = DIGEST.replace("<details>\n  <summary>Details</summary>\n", "").replace("</details>\n", "");
        MarkdownDigest d = reader.read(noDetails);
        assertEquals(2, d.papers().size());
        PaperEntry p = d.papers().get(0);
        assertEquals("动机。", p.field(FieldName.MOTIVATION).text());
        assertEquals("We study things.", p.abstractText());
        assertEquals("Another abstract.", d.papers().get(1).abstractText());
        assertArrayEquals(noDetails.getBytes(StandardCharsets.UTF_8), Renderer.render(d, List.of()));
    }

    @Test
    void missingFieldsAreInsertedWhereTheLayoutPutsThem() {
        String gaps = DIGEST.replace("Method: 方法。\n\n", "").replace("Result: 结果。\n\n", "")
                .replace("TL;DR: 本文提出了新方法。\n\n\n", "");
        MarkdownDigest d = reader.read(gaps);
        PaperEntry p = d.papers().get(0);
        for (FieldName f : List.of(FieldName.TLDR, FieldName.METHOD, FieldName.RESULT)) {
            assertFalse(p.field(f).present(), f.key());
            assertEquals(p.field(f).slot().start(), p.field(f).slot().end(), f.key());
        }
        String out = render(d, new Edit(0, "tldr", "T."), new Edit(0, "method", "M."), new Edit(0, "result", "R."));
        assertTrue(out.contains("Main category: cs.CV\n\nTL;DR: T.\n"), out);
        assertTrue(out.contains("Motivation: 动机。\n\nMethod: M.\n\nResult: R.\n\nConclusion: 结论。"), out);
        PaperEntry again = reader.read(out).papers().get(0);
        assertEquals("T.", again.field(FieldName.TLDR).text());
        assertEquals("M.", again.field(FieldName.METHOD).text());
        assertEquals("R.", again.field(FieldName.RESULT).text());
        assertEquals("结论。", again.field(FieldName.CONCLUSION).text());
    }

    @Test
    void fieldsInAnotherOrder() {
        String reordered = DIGEST.replace("Motivation: 动机。\n\nMethod: 方法。\n\n", "Method: 方法。\n\n")
                .replace("Conclusion: 结论。\n\n", "Conclusion: 结论。\n\nMotivation: 动机。\n\n");
        PaperEntry p = reader.read(reordered).papers().get(0);
        assertEquals("动机。", p.field(FieldName.MOTIVATION).text());
        assertEquals("方法。", p.field(FieldName.METHOD).text());
        assertEquals("结论。", p.field(FieldName.CONCLUSION).text());
    }

    @Test
    void unknownLabelledFieldsAreKeptUntouched() {
        String extra = DIGEST.replace("Method: 方法。\n\n", "Method: 方法。\n\nKeywords: diffusion, video\n\nScore: 8/10\n\n");
        MarkdownDigest d = reader.read(extra);
        PaperEntry p = d.papers().get(0);
        assertEquals("方法。", p.field(FieldName.METHOD).text());
        assertEquals("结果。", p.field(FieldName.RESULT).text());
        String out = render(d, new Edit(0, "method", "A method."));
        assertTrue(out.contains("Method: A method.\n\nKeywords: diffusion, video\n\nScore: 8/10\n\nResult: 结果。"), out);
    }

    @Test
    void theSamePaperTwice() {
        String twice = HEAD + paper(1, "Same", "https://arxiv.org/abs/2512.00001", "A", "一。", "二。", "三。", "四。", "五。", "Abs.")
                + paper(2, "Same", "https://arxiv.org/abs/2512.00001", "A", "一。", "二。", "三。", "四。", "五。", "Abs.");
        MarkdownDigest d = reader.read(twice);
        assertEquals(2, d.papers().size());
        assertEquals(d.papers().get(0).id(), d.papers().get(1).id());
        String out = render(d, new Edit(1, "tldr", "Second copy."));
        MarkdownDigest again = reader.read(out);
        assertEquals("一。", again.papers().get(0).field(FieldName.TLDR).text());
        assertEquals("Second copy.", again.papers().get(1).field(FieldName.TLDR).text());
    }

    @Test
    void textBeforeTheTableOfContents() {
        String preamble = "Daily digest, generated nightly.\nTL;DR: not a paper\n\n" + DIGEST;
        MarkdownDigest d = reader.read(preamble);
        assertEquals(2, d.papers().size());
        assertEquals("本文提出了新方法。", d.papers().get(0).field(FieldName.TLDR).text());
        assertEquals(15, d.papers().get(0).line(), "3 preamble lines + 12 lines of contents and section");
    }

    @Test
    void valueStartingOnTheLineAfterItsLabel() {
        String below = DIGEST.replace("Result: 结果。", "Result:\nThe result\nspans lines.");
        MarkdownDigest d = reader.read(below);
        assertEquals("The result\nspans lines.", d.papers().get(0).field(FieldName.RESULT).text());
        String out = render(d, new Edit(0, "result", "# Not a heading\n* not authors"));
        assertEquals("# Not a heading\n* not authors", reader.read(out).papers().get(0).field(FieldName.RESULT).text());
    }

    @Test
    void headerWithoutLinkIsStillAPaper() {
        MarkdownDigest d = reader.read(DIGEST.replace("### [1] [First Paper](https://arxiv.org/abs/2512.22854)", "### [1] First Paper"));
        assertEquals(2, d.papers().size());
        assertEquals("First Paper", d.papers().get(0).title());
        assertNull(d.papers().get(0).id());
    }

    private static String render(MarkdownDigest d, Edit... edits) {
        return new String(Renderer.render(d, List.of(edits)), StandardCharsets.UTF_8);
    }

    private static void assertSpanHoldsText(MarkdownDigest d, PaperEntry p, FieldName f) {
        FieldValue v = p.field(f);
        String raw = new String(d.source(), (int) v.slot().start(), (int) (v.slot().end() - v.slot().start()), StandardCharsets.UTF_8);
        assertEquals(v.text(), raw.replace("\r\n", "\n"));
    }
}
