package io.digestrepair.parser.markdown;

import io.digestrepair.core.wire.LineProblem;
import io.digestrepair.parser.digest.DigestReadException;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.digest.Utf8;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Markdown digest in the pipeline's {@code to_md} layout, line by line over the raw bytes so
 * that every field's position is known in bytes. Plain Java, thread-safe, no framework.
 *
 * <p>A paper starts at {@code ### [n] [title](url)}; an {@code *authors*} line may follow; a label
 * at column 0 ({@code Main category:}, {@code TL;DR:}, {@code Motivation:}, {@code Method:},
 * {@code Result:}, {@code Conclusion:}, {@code Abstract:}) starts a value that runs over any further
 * lines until the next line of layout: another label, a heading, the layout's HTML, or a label of
 * another deployment ({@code Keywords:} after a blank line), whose value is kept untouched. The paper
 * ends at the next header, heading or section {@code <div>}.
 *
 * <p>Tolerated: CRLF, hard-wrapped values, {@code ,} or {@code , } between authors, {@code /abs/} or
 * {@code /pdf/} links with or without a version, empty values, no {@code <details>} block, fields in
 * any order, unknown labels, the same paper twice, text before the table of contents.
 * Refused ({@link DigestReadException}): invalid UTF-8, and a {@code <details>} opened inside an open one.
 */
public final class MarkdownReader {

    public MarkdownDigest read(String digest) {
        return read(digest.getBytes(StandardCharsets.UTF_8));
    }

    public MarkdownDigest read(byte[] digest) {
        Utf8.requireValid(digest);
        return new Pass(digest, true).run();
    }

    /**
     * Reads where every field is, without decoding any text (texts are empty): all a render needs,
     * at about twice the speed.
     */
    public MarkdownDigest readPositions(byte[] digest) {
        Utf8.requireValid(digest);
        return new Pass(digest, false).run();
    }

    /** The state of one reading. */
    private static final class Pass {
        private final byte[] b;
        private final boolean withText;
        private final String eol;
        private final List<PaperEntry> papers = new ArrayList<>();
        private final List<LineProblem> problems = new ArrayList<>();

        private PaperBuilder paper;
        private ValueRead open;
        /** Inside the value of a label another deployment added: its lines are skipped. */
        private boolean inOtherValue;
        private boolean inAuthors;
        private boolean prevBlank = true;
        private boolean prevSingleLine;
        private int detailsDepth;
        private String section;

        Pass(byte[] bytes, boolean withText) {
            this.b = bytes;
            this.withText = withText;
            this.eol = lineEnding(bytes);
        }

        MarkdownDigest run() {
            int n = b.length;
            int pos = 0;
            int lineNo = 0;
            while (pos < n) {
                int nl = pos;
                while (nl < n && b[nl] != '\n') {
                    nl++;
                }
                int end = nl;
                if (end > pos && b[end - 1] == '\r') {
                    end--;
                }
                lineNo++;
                line(pos, end, lineNo);
                pos = nl + 1;
            }
            closeValue();
            finishPaper();
            return new MarkdownDigest(b, List.copyOf(papers), List.copyOf(problems), eol);
        }

        private void line(int start, int end, int lineNo) {
            ByteView view = new ByteView(b, start, end);
            LineKind kind = MarkdownSyntax.kind(view);
            if (inAuthors && kind == LineKind.TEXT) {
                authorsLine(start, end);
                return;
            }
            inAuthors = false;
            if (paper != null && isLayout(kind)) {
                paper.layoutLines.add((long) start);
            }
            boolean singleLine = false;
            switch (kind) {
                case BLANK -> {
                    prevBlank = true;
                    return;
                }
                case PAPER_HEADER -> {
                    closeValue();
                    finishPaper();
                    startPaper(view.toString(), lineNo, trimEnd(start, end));
                    singleLine = true;
                }
                case HEADING -> {
                    if (paper != null && detailsDepth > 0) {
                        // the layout puts section headings between papers; inside <details> it is text
                        text(view, start, end);
                    } else {
                        closeValue();
                        finishPaper();
                        section = sectionOf(view.toString());
                    }
                }
                case HTML -> {
                    closeValue();
                    html(HtmlLine.read(view.toString()), lineNo, trimEnd(start, end));
                    singleLine = true;
                }
                case LABEL -> {
                    if (paper != null) {
                        closeValue();
                        singleLine = label(MarkdownSyntax.label(view), view, start, end, lineNo);
                    }
                }
                case OTHER_LABEL -> {
                    if (paper != null && (prevBlank || prevSingleLine || open == null)) {
                        closeValue();
                        inOtherValue = true;
                    } else {
                        text(view, start, end);
                    }
                }
                case TEXT -> text(view, start, end);
            }
            prevBlank = false;
            prevSingleLine = singleLine;
        }

        /** Whether the line is read as layout here (a heading inside {@code <details>} and a late label are text). */
        private boolean isLayout(LineKind kind) {
            return switch (kind) {
                case PAPER_HEADER, HTML, LABEL -> true;
                case HEADING -> detailsDepth == 0;
                case OTHER_LABEL -> prevBlank || prevSingleLine || open == null;
                case BLANK, TEXT -> false;
            };
        }

        private void startPaper(String line, int lineNo, long headerEnd) {
            paper = new PaperBuilder(b, eol, papers.size(), lineNo, PaperHeader.parse(line), headerEnd, section);
            detailsDepth = 0;
        }

        private void finishPaper() {
            if (paper != null) {
                papers.add(paper.build(withText));
                paper = null;
            }
        }

        private void html(HtmlLine tag, int lineNo, long lineEnd) {
            if (tag.divId() != null) {
                finishPaper();
            }
            if (detailsDepth + tag.detailsOpens() > 1) {
                throw new DigestReadException(lineNo,
                        "<details> opened inside an open <details>: the layout has one <details> block per paper");
            }
            detailsDepth = Math.max(0, detailsDepth + tag.detailsOpens() - tag.detailsCloses());
            if (tag.summary() && paper != null) {
                paper.summaryEnd = lineEnd;
            }
        }

        /** @return whether the label's value is a single line (the category) */
        private boolean label(Label label, ByteView view, int start, int end, int lineNo) {
            int afterColon = start + MarkdownSyntax.valueStart(view, label);
            int p = skipBlanks(afterColon, end);
            long lineEnd = trimEnd(start, end);
            if (label == Label.CATEGORY) {
                if (paper.category == null) {
                    paper.category = new String(b, p, (int) Math.max(0, lineEnd - p), StandardCharsets.UTF_8);
                    paper.categoryEnd = lineEnd;
                }
                return true;
            }
            if (paper.values.containsKey(label)) {
                problems.add(new LineProblem(lineNo, "a second '" + label.written()
                        + ":' in paper " + paper.index + ": kept as text, the first one is the field"));
                inOtherValue = true;
                return false;
            }
            ValueRead read = new ValueRead(label, start, afterColon);
            read.afterBlanks = p;
            if (p < lineEnd) {
                read.rawStart = p;
                read.rawEnd = lineEnd;
                read.firstLineFollowsLabel = true;
            }
            open = read;
            paper.values.put(label, read);
            return false;
        }

        private void text(ByteView view, int start, int end) {
            if (paper != null && open == null && !inOtherValue && paper.authorsEnd < 0 && !paper.hasAnyValue()
                    && view.length() > 0 && view.charAt(0) == '*') {
                inAuthors = true;
                authorsLine(start, end);
                return;
            }
            if (open == null) {
                return;
            }
            long lineEnd = trimEnd(start, end);
            if (!open.hasContent()) {
                open.rawStart = skipBlanks(start, end);
                open.firstLineFollowsLabel = false;
            }
            open.rawEnd = lineEnd;
        }

        private void authorsLine(int start, int end) {
            long lineEnd = trimEnd(start, end);
            String text = new String(b, start, (int) (lineEnd - start), StandardCharsets.UTF_8);
            if (!paper.authors.isEmpty()) {
                paper.authors.append(' ');
            }
            paper.authors.append(text);
            paper.authorsEnd = lineEnd;
            String all = paper.authors.toString().strip();
            inAuthors = !(all.length() > 1 && all.endsWith("*"));
        }

        private void closeValue() {
            open = null;
            inOtherValue = false;
        }

        private static String sectionOf(String heading) {
            String rest = heading.replaceFirst("^#+\\s*", "");
            int space = rest.indexOf(' ');
            String name = space < 0 ? rest : rest.substring(0, space);
            return name.isBlank() || rest.startsWith("Table of Contents") ? null : name;
        }

        private int skipBlanks(int from, int end) {
            int p = from;
            while (p < end && (b[p] == ' ' || b[p] == '\t')) {
                p++;
            }
            return p;
        }

        private long trimEnd(int start, int end) {
            int e = end;
            while (e > start && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
                e--;
            }
            return e;
        }

        private static String lineEnding(byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    return i > 0 && bytes[i - 1] == '\r' ? "\r\n" : "\n";
                }
            }
            return "\n";
        }
    }
}
