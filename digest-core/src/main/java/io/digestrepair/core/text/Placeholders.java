package io.digestrepair.core.text;

import io.digestrepair.core.FieldName;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Failure texts that a pipeline writes where a summary should be. A placeholder carries no
 * information about the paper, so a repair writes the field anew.
 *
 * <p>Recognised: the pipeline's five fallbacks ({@link #PIPELINE}), its compliance notice, and any
 * short text made only of failure vocabulary ("Error", "N/A", "None", "Processing failed",
 * "Task description failed", "Title translation failed", "生成失败"...) or starting like an error
 * report ("Error: 429 ...", "Failed to ..."). A short real summary ("Sparse attention halves
 * memory.") has words outside that vocabulary and is never taken for one.
 */
public final class Placeholders {

    /** What the pipeline writes per field when the LLM call fails. */
    public static final Map<FieldName, String> PIPELINE;

    /** What the pipeline writes when its content filter hides a summary. */
    public static final String COMPLIANCE_NOTICE = "This content has not passed the compliance test and has been hidden.";

    static {
        Map<FieldName, String> m = new EnumMap<>(FieldName.class);
        m.put(FieldName.TLDR, "Summary generation failed");
        m.put(FieldName.MOTIVATION, "Motivation analysis unavailable");
        m.put(FieldName.METHOD, "Method extraction failed");
        m.put(FieldName.RESULT, "Result analysis unavailable");
        m.put(FieldName.CONCLUSION, "Conclusion extraction failed");
        PIPELINE = Map.copyOf(m);
    }

    /** Whole texts that mean "nothing here", compared lower-cased without surrounding punctuation. */
    private static final Set<String> EXACT = Set.of(
            "n/a", "na", "n.a", "none", "null", "nil", "nan", "undefined", "unknown", "tbd", "todo", "error",
            "failed", "failure", "empty", "placeholder", "not available", "unavailable", "no summary",
            "no content", "no data", "no result", "no results", "not applicable", "-", "--", "—", "...", "…",
            "无", "暂无", "空", "未知", "无内容", "无摘要", "生成失败", "总结失败", "处理失败", "分析失败", "提取失败",
            "无法生成", "翻译失败", "摘要生成失败");

    /** Words that say something failed or is absent: a placeholder has at least one. */
    private static final Set<String> FAILURE_WORDS = Set.of(
            "failed", "fail", "fails", "failure", "error", "errors", "unavailable", "none", "null", "nan",
            "undefined", "missing", "timeout", "empty", "unknown", "tbd", "placeholder", "exception",
            "invalid", "n/a");

    /** Words a failure text is made of, besides the failure words. */
    private static final Set<String> FAILURE_VOCABULARY = Set.of(
            "summary", "summarization", "summarisation", "generation", "generate", "generated", "analysis",
            "extraction", "extract", "extracted", "method", "methods", "motivation", "result", "results",
            "conclusion", "conclusions", "tldr", "tl", "dr", "tl;dr", "abstract", "title", "translation",
            "translate", "translated", "processing", "process", "processed", "task", "description",
            "content", "response", "output", "answer", "request", "api", "llm", "ai", "model", "json",
            "parse", "parsing", "field", "data", "classification", "evaluation", "could", "can", "not",
            "be", "was", "is", "has", "been", "no", "to", "the", "an", "a", "of", "for", "this", "paper",
            "item", "text", "available", "found", "provided", "due", "call", "timed", "out", "info",
            "information", "details", "detail");

    private static final Pattern ERROR_REPORT = Pattern.compile(
            "^(?:(?:error|exception|api error)\\s*(?:code)?\\s*\\d*\\s*:|traceback \\(most recent call last\\)"
                    + "|failed to (?:generate|process|parse|summari[sz]e|extract|analy[sz]e|call|get|load|translate)"
                    + "|request failed|an error occurred|internal server error|rate limit exceeded).*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s,.!?:()\\[\\]\"'`*_-]+");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** What {@link #WORD_SPLIT} splits at: ASCII white space and these. */
    private static final String WORD_DELIMITERS = " \t\n\u000B\f\r,.!?:()[]\"'`*_-";

    /** How {@link #ERROR_REPORT} can start (ASCII case ignored); each keeps a text on the whole way. */
    private static final List<String> ERROR_REPORT_LEADS = List.of(
            "error", "exception", "api error", "traceback", "failed to", "request failed", "an error",
            "internal server error", "rate limit");

    /** A placeholder's first word is one of these: failure words, failure vocabulary, or the first word of an exact failure text. */
    private static final Set<String> FIRST_WORDS;

    /** {@link #EXACT}'s texts that are not ASCII. */
    private static final List<String> CJK_EXACT;

    static {
        Set<String> first = new HashSet<>(FAILURE_WORDS);
        first.addAll(FAILURE_VOCABULARY);
        List<String> cjk = new java.util.ArrayList<>();
        for (String exact : EXACT) {
            if (exact.charAt(0) >= 0x80) {
                cjk.add(exact);
            }
            for (String w : WORD_SPLIT.split(exact)) {
                if (!w.isEmpty()) {
                    first.add(w);
                    break;
                }
            }
        }
        FIRST_WORDS = Set.copyOf(first);
        CJK_EXACT = List.copyOf(cjk);
    }

    private static final int MAX_WORDS = 6;
    /** A failure text is short: a longer text is a summary, however it starts. */
    private static final int MAX_PLACEHOLDER_CHARS = 300;

    private Placeholders() {
    }

    /** Whether the text is a failure placeholder rather than a summary. Null and blank are not (they are missing). */
    public static boolean isPlaceholder(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.equals(COMPLIANCE_NOTICE) || PIPELINE.containsValue(t)) {
            return true;
        }
        if (t.length() > MAX_PLACEHOLDER_CHARS) {
            return false;
        }
        return !cannotBeOne(t) && isShortFailureText(t);
    }

    /** The whole judgement of a stripped, non-empty text of at most 300 characters, without the first-word shortcut. */
    static boolean isShortFailureText(String t) {
        if (!hasLetterOrDigit(t)) {
            return true;
        }
        String normal = normalise(t);
        if (EXACT.contains(normal)) {
            return true;
        }
        if (ERROR_REPORT.matcher(t).matches()) {
            return true;
        }
        return isFailureVocabulary(normal.replace("not available", "unavailable"));
    }

    /**
     * Whether the first word alone rules a placeholder out, before any lower-casing or regex: a text that
     * opens with a Han or Hangul character and not with a Chinese failure text, with a digit, or with an
     * ASCII word that is neither failure vocabulary nor the first word of a failure text nor the start of
     * an error report. Almost every field of a digest is decided here; anything less plain (a word glued
     * to other characters, another script) goes the whole way.
     */
    static boolean cannotBeOne(String t) {
        char first = t.charAt(0);
        if (isHanOrHangul(first)) {
            // such a character lower-cases to itself and starts no ASCII word: only EXACT's Chinese texts remain,
            // which hold no white space, so the text starts with one of them
            for (String exact : CJK_EXACT) {
                if (t.startsWith(exact)) {
                    return false;
                }
            }
            return true;
        }
        if (first >= '0' && first <= '9') {
            return true; // a first word that starts with a digit is no failure word, and no failure text starts so
        }
        if (!isAsciiLetter(first)) {
            return false;
        }
        for (String lead : ERROR_REPORT_LEADS) {
            if (t.regionMatches(true, 0, lead, 0, lead.length())) {
                return false;
            }
        }
        int end = 1;
        while (end < t.length() && isAsciiLetter(t.charAt(end))) {
            end++;
        }
        if (end < t.length()) {
            char next = t.charAt(end);
            if (isHanOrHangul(next)) {
                return true; // the first word then holds a CJK character: no vocabulary word or failure text does
            }
            if (!(next < 0x80 && WORD_DELIMITERS.indexOf(next) >= 0)) {
                return false; // "n/a", "tl;dr", "error404": the word goes on
            }
        }
        return !FIRST_WORDS.contains(t.substring(0, end).toLowerCase(Locale.ROOT));
    }

    private static boolean isHanOrHangul(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xAC00 && c <= 0xD7A3);
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /** The pipeline's own fallback text for this field. */
    public static String pipelineText(FieldName field) {
        return PIPELINE.get(field);
    }

    private static boolean isFailureVocabulary(String normal) {
        if (normal.length() > 80) {
            return false;
        }
        String[] words = WORD_SPLIT.split(normal);
        int count = 0;
        boolean failure = false;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            count++;
            if (count > MAX_WORDS) {
                return false;
            }
            if (FAILURE_WORDS.contains(w)) {
                failure = true;
            } else if (!FAILURE_VOCABULARY.contains(w)) {
                return false;
            }
        }
        return failure;
    }

    private static String normalise(String t) {
        String s = SPACES.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ");
        int end = s.length();
        while (end > 0 && ".!。！:：".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end).strip();
    }

    private static boolean hasLetterOrDigit(String t) {
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
