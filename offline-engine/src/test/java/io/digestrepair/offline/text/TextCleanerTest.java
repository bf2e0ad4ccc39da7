package io.digestrepair.offline.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextCleanerTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("plain text stays", "plain text stays"),
                Arguments.of("hard\nwrapped   \n  lines\twith  tabs", "hard wrapped lines with tabs"),
                Arguments.of("a hyphen-\nated word", "a hyphen-ated word"),
                Arguments.of("Accuracy of 95\\% and R\\&D", "Accuracy of 95% and R&D"),
                Arguments.of("\\textbf{Bold} and \\emph{emphasis} and \\textit{it}", "Bold and emphasis and it"),
                Arguments.of("as shown \\cite{smith2020, doe21}.", "as shown."),
                Arguments.of("see Fig.~3 and ~86k items", "see Fig. 3 and ~86k items"),
                Arguments.of("$\\alpha$-divergence with $\\mathcal{O}(n^{2})$ cost", "α-divergence with O(n^2) cost"),
                Arguments.of("a $3\\times 3$ grid, $x \\leq 5$, $\\sim$10 steps", "a 3× 3 grid, x ≤ 5, ~10 steps"),
                Arguments.of("\\(a+b\\) inline", "a+b inline"),
                Arguments.of("ratio $\\frac{1}{2}$", "ratio 1/2"),
                Arguments.of("code at \\href{https://x.org/y}{our page} now", "code at our page now"),
                Arguments.of("code at \\url{https://x.org/y}", "code at https://x.org/y"),
                Arguments.of("``quoted'' words", "\"quoted\" words"),
                Arguments.of("our \\method{} works", "our method works"),
                Arguments.of("costs $5 a run", "costs $5 a run"),
                Arguments.of("a footnote\\footnote{Not text.} here", "a footnote here"),
                Arguments.of("\\textcolor{red}{warning} sign", "warning sign"),
                Arguments.of("spaces ( inside ) brackets", "spaces (inside) brackets"),
                Arguments.of("zero\u200bwidth and no\u00a0break", "zerowidth and no break"),
                Arguments.of("meaning <i>resolution</i>;<br>the other hears <b>surrender</b>",
                        "meaning resolution; the other hears surrender"),
                Arguments.of("x<sup>2</sup> and <span class=\"a\">text</span><br/>", "x2 and text"),
                Arguments.of("the <think> and </answer> tokens", "the <think> and </answer> tokens")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cleans(String input, String expected) {
        assertEquals(expected, TextCleaner.clean(input));
    }
}
