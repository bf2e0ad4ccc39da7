package io.digestrepair.parser.markdown;

/** What a line of a Markdown digest is, judged from its start. */
enum LineKind {
    BLANK,
    /** {@code ### [n] [title](url)}: a paper starts. */
    PAPER_HEADER,
    /** {@code # cs.CV [[Back]](#toc)}, {@code # Table of Contents}: a section starts. */
    HEADING,
    /** {@code <div id=...>}, {@code <details>}, {@code <summary>}, {@code </details>}. */
    HTML,
    /** {@code TL;DR:}, {@code Method:}, {@code Abstract:}, {@code Main category:}... */
    LABEL,
    /** {@code Keywords:} and other labels some deployments add: kept untouched. */
    OTHER_LABEL,
    /** Anything else: the continuation of a value, or text between papers. */
    TEXT
}
