package io.digestrepair.offline.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an abstract's text (hard-wrapped, with inline LaTeX) into plain readable text.
 * Only removes markup and changes layout: every word that survives was in the input,
 * so the extractive fields stay faithful.
 */
public final class TextCleaner {

    /** Commands whose argument is a reference the reader cannot follow: dropped with it. */
    private static final Set<String> DROPPED_WITH_ARGUMENT = Set.of(
            "cite", "citep", "citet", "citealp", "citeauthor", "ref", "eqref", "autoref", "cref", "Cref",
            "label", "footnote", "footnotetext", "thanks", "vspace", "hspace", "includegraphics");

    /** Commands that only format their argument. */
    private static final Set<String> KEPT_ARGUMENT = Set.of(
            "textbf", "textit", "emph", "texttt", "textsc", "textrm", "textsf", "textnormal", "text", "textup",
            "underline", "mathrm", "mathbf", "mathcal", "mathbb", "mathit", "mathsf", "mathtt", "mathfrak",
            "mathscr", "boldsymbol", "bm", "mbox", "operatorname", "url", "hat", "widehat", "bar", "tilde",
            "widetilde", "vec", "overline", "dot", "ddot", "check", "uline", "small",
            "large", "Large", "footnotesize", "scriptsize", "tiny", "huge", "Huge", "normalsize");

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("times", "×"), Map.entry("approx", "≈"), Map.entry("sim", "~"), Map.entry("simeq", "≃"),
            Map.entry("leq", "≤"), Map.entry("le", "≤"), Map.entry("geq", "≥"), Map.entry("ge", "≥"),
            Map.entry("ll", "≪"), Map.entry("gg", "≫"), Map.entry("neq", "≠"), Map.entry("ne", "≠"),
            Map.entry("pm", "±"), Map.entry("mp", "∓"), Map.entry("to", "→"), Map.entry("rightarrow", "→"),
            Map.entry("Rightarrow", "⇒"), Map.entry("leftarrow", "←"), Map.entry("leftrightarrow", "↔"),
            Map.entry("uparrow", "↑"), Map.entry("downarrow", "↓"), Map.entry("mapsto", "↦"),
            Map.entry("infty", "∞"), Map.entry("cdot", "·"), Map.entry("in", "∈"), Map.entry("notin", "∉"),
            Map.entry("subset", "⊂"), Map.entry("subseteq", "⊆"), Map.entry("cup", "∪"), Map.entry("cap", "∩"),
            Map.entry("ell", "ℓ"), Map.entry("dots", "…"), Map.entry("ldots", "…"), Map.entry("cdots", "⋯"),
            Map.entry("circ", "∘"), Map.entry("nabla", "∇"), Map.entry("partial", "∂"), Map.entry("sum", "Σ"),
            Map.entry("prod", "Π"), Map.entry("mid", "|"), Map.entry("vert", "|"), Map.entry("lvert", "|"),
            Map.entry("rvert", "|"), Map.entry("Vert", "‖"), Map.entry("|", "‖"), Map.entry("langle", "⟨"),
            Map.entry("rangle", "⟩"), Map.entry("forall", "∀"), Map.entry("exists", "∃"), Map.entry("neg", "¬"),
            Map.entry("land", "∧"), Map.entry("lor", "∨"), Map.entry("oplus", "⊕"), Map.entry("otimes", "⊗"),
            Map.entry("propto", "∝"), Map.entry("equiv", "≡"), Map.entry("star", "*"), Map.entry("ast", "*"),
            Map.entry("prime", "′"), Map.entry("degree", "°"), Map.entry("checkmark", "✓"),
            Map.entry("textasciitilde", "~"), Map.entry("textendash", "–"), Map.entry("textemdash", "—"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("Gamma", "Γ"),
            Map.entry("delta", "δ"), Map.entry("Delta", "Δ"), Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"),
            Map.entry("zeta", "ζ"), Map.entry("eta", "η"), Map.entry("theta", "θ"), Map.entry("vartheta", "θ"),
            Map.entry("Theta", "Θ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"),
            Map.entry("Lambda", "Λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
            Map.entry("Xi", "Ξ"), Map.entry("pi", "π"), Map.entry("Pi", "Π"), Map.entry("rho", "ρ"),
            Map.entry("varrho", "ρ"), Map.entry("sigma", "σ"), Map.entry("Sigma", "Σ"), Map.entry("tau", "τ"),
            Map.entry("upsilon", "υ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"), Map.entry("Phi", "Φ"),
            Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("Psi", "Ψ"), Map.entry("omega", "ω"),
            Map.entry("Omega", "Ω"));

    /** Spacing commands of one character: a thin space reads as a space, a negative one as nothing. */
    private static final Map<Character, String> SPACING = Map.of(
            ',', " ", ';', " ", ':', " ", ' ', " ", '!', "", '/', "", '\\', " ");

    /**
     * HTML formatting that some abstracts carry ({@code <i>resolution</i>}, {@code <br>}, {@code x<sup>2</sup>}):
     * the tags go, their text stays; a line or paragraph break reads as a space. Other angle-bracketed words
     * ({@code <think>}, {@code <eos>}) are what the paper is about, and stay.
     */
    private static final Pattern HTML_FORMATTING = Pattern.compile(
            "<(/?)(b|i|u|em|strong|sup|sub|small|big|span|font|mark|tt|code|strike|del|ins|p|br|hr)\\b(?:\\s[^<>]{0,200})?\\s*/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile(" +([.,;:!?)\\]])");
    private static final Pattern SPACE_AFTER_OPEN = Pattern.compile("([(\\[]) +");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]");

    private TextCleaner() {
    }

    /** Hard wraps joined, LaTeX markup removed, whitespace collapsed. */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String plain = stripLatex(stripHtml(Whitespace.unwrap(text)));
        plain = SPACES.matcher(plain).replaceAll(" ");
        plain = EMPTY_BRACKETS.matcher(plain).replaceAll("");
        plain = SPACE_BEFORE_PUNCT.matcher(plain).replaceAll("$1");
        plain = SPACE_AFTER_OPEN.matcher(plain).replaceAll("$1");
        return SPACES.matcher(plain).replaceAll(" ").strip();
    }

    /** HTML formatting tags out, their text kept. */
    static String stripHtml(String s) {
        if (s.indexOf('<') < 0) {
            return s;
        }
        return HTML_FORMATTING.matcher(s).replaceAll(m -> {
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            return tag.equals("br") || tag.equals("p") || tag.equals("hr") ? " " : "";
        });
    }

    /** LaTeX markup out, its visible text kept. Works on any fragment; unbalanced braces are tolerated. */
    static String stripLatex(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0 && s.indexOf('{') < 0 && s.indexOf('}') < 0
                && s.indexOf('~') < 0 && s.indexOf('`') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        boolean[] mathDelimiter = mathDelimiters(s);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> i = command(s, i, out);
                case '{', '}' -> i++;
                case '$' -> {
                    if (!mathDelimiter[i]) {
                        out.append('$'); // a price, not a formula
                    }
                    i++;
                }
                case '~' -> {
                    // a tie between two words ("Fig.~3", "in~\href") is a space; "~86k" means "about"
                    boolean tie = i > 0 && !Character.isWhitespace(s.charAt(i - 1)) && i + 1 < n
                            && (Character.isLetterOrDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '\\')
                            && (Character.isLetter(s.charAt(i - 1)) || s.charAt(i - 1) == '.');
                    out.append(tie ? ' ' : '~');
                    i++;
                }
                case '`' -> {
                    if (i + 1 < n && s.charAt(i + 1) == '`') {
                        out.append('"');
                        i += 2;
                    } else {
                        out.append('\'');
                        i++;
                    }
                }
                case '\'' -> {
                    if (i + 1 < n && s.charAt(i + 1) == '\'') {
                        out.append('"');
                        i += 2;
                    } else {
                        out.append('\'');
                        i++;
                    }
                }
                default -> {
                    out.append(c);
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** Longest inline formula taken as one; a "$" with no partner this close is a dollar sign. */
    private static final int MAX_FORMULA = 300;

    /** Which "$" open or close a formula: pairs left to right, each within {@link #MAX_FORMULA} of its partner. */
    private static boolean[] mathDelimiters(String s) {
        boolean[] delimiter = new boolean[s.length()];
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                if (open >= 0 && i - open <= MAX_FORMULA) {
                    delimiter[open] = true;
                    delimiter[i] = true;
                    open = -1;
                } else {
                    open = i;
                }
            }
        }
        return delimiter;
    }

    /** Handles the command starting at the backslash at {@code at}; returns the index after it. */
    private static int command(String s, int at, StringBuilder out) {
        int n = s.length();
        if (at + 1 >= n) {
            return n;
        }
        char next = s.charAt(at + 1);
        if (!Character.isLetter(next)) {
            String spacing = SPACING.get(next);
            if (spacing != null) {
                out.append(spacing);
            } else if (next != '(' && next != ')' && next != '[' && next != ']') {
                out.append(next); // \% \& \_ \# \$ \{ \}
            }
            return at + 2;
        }
        int end = at + 1;
        while (end < n && Character.isLetter(s.charAt(end))) {
            end++;
        }
        String name = s.substring(at + 1, end);
        if (DROPPED_WITH_ARGUMENT.contains(name)) {
            int after = skipArguments(s, end, 1);
            trimTrailingSpace(out);
            return after;
        }
        if (name.equals("href")) {
            int urlEnd = skipArguments(s, end, 1);
            int textStart = skipSpaces(s, urlEnd);
            if (textStart < n && s.charAt(textStart) == '{') {
                int textEnd = matchingBrace(s, textStart);
                out.append(stripLatex(s.substring(textStart + 1, textEnd)));
                return Math.min(n, textEnd + 1);
            }
            int urlStart = skipSpaces(s, end);
            if (urlStart < n && s.charAt(urlStart) == '{') {
                out.append(s, urlStart + 1, matchingBrace(s, urlStart));
            }
            return urlEnd;
        }
        if (name.equals("frac") || name.equals("dfrac") || name.equals("tfrac")) {
            int[] first = braced(s, end);
            int[] second = first == null ? null : braced(s, first[1] + 1);
            if (second != null) {
                out.append(stripLatex(s.substring(first[0], first[1]))).append('/')
                        .append(stripLatex(s.substring(second[0], second[1])));
                return second[1] + 1;
            }
            return end;
        }
        if (name.equals("sqrt")) {
            out.append('√');
            return end;
        }
        if (name.equals("textcolor") || name.equals("color")) {
            return skipArguments(s, end, 1); // the colour name is not text; the coloured text follows in braces
        }
        String symbol = SYMBOLS.get(name);
        if (symbol != null) {
            out.append(symbol);
            return end;
        }
        if (!KEPT_ARGUMENT.contains(name)) {
            // an unknown macro (often the paper's own name for its method) reads best as its name
            out.append(name);
        }
        return end;
    }

    /** Index after {@code count} brace groups (and any [optional] groups) starting at or after {@code from}. */
    private static int skipArguments(String s, int from, int count) {
        int i = from;
        int n = s.length();
        while (i < n) {
            int j = skipSpaces(s, i);
            if (j < n && s.charAt(j) == '[') {
                int close = s.indexOf(']', j);
                i = close < 0 ? n : close + 1;
            } else if (j < n && s.charAt(j) == '{' && count > 0) {
                i = Math.min(n, matchingBrace(s, j) + 1);
                count--;
            } else {
                return i;
            }
        }
        return i;
    }

    /** The content bounds [start, end) of the brace group at or after {@code from}, or null when there is none. */
    private static int[] braced(String s, int from) {
        int j = skipSpaces(s, from);
        if (j >= s.length() || s.charAt(j) != '{') {
            return null;
        }
        return new int[] {j + 1, matchingBrace(s, j)};
    }

    /** Index of the brace closing the one at {@code open}, or the text's length when it is never closed. */
    private static int matchingBrace(String s, int open) {
        int close = Braces.closing(s, open, Integer.MAX_VALUE);
        return close < 0 ? s.length() : close;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (!out.isEmpty() && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '~')) {
            out.setLength(out.length() - 1);
        }
    }
}
