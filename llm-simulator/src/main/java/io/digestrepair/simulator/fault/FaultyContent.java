package io.digestrepair.simulator.fault;

import io.digestrepair.core.FieldName;
import io.digestrepair.simulator.answer.Answer;
import io.digestrepair.simulator.chat.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.node.ObjectNode;

/** Turns a good answer into the message content of a good or a faulty one. */
public final class FaultyContent {

    /** Failure texts LLM pipelines are known to write in place of a summary. */
    static final List<String> PLACEHOLDERS = List.of("Summary generation failed", "Error", "N/A");

    private static final Map<FieldName, List<String>> CHINESE = Map.of(
            FieldName.TLDR, List.of("本文提出了一种新的方法，并在多个基准上验证了其有效性。",
                    "该研究针对现有方法的不足，提出了改进方案并取得了更好的效果。"),
            FieldName.MOTIVATION, List.of("现有方法在效率和准确性方面存在明显不足，因此需要新的解决方案。",
                    "该领域缺乏系统性的研究，作者希望弥补这一空白。"),
            FieldName.METHOD, List.of("作者设计了一个新的框架，并结合多种技术进行训练和推理。",
                    "该方法首先提取关键特征，然后通过多阶段优化得到最终结果。"),
            FieldName.RESULT, List.of("实验结果表明，该方法在多个数据集上均优于现有基线。",
                    "在公开基准上的评估显示，该方法取得了显著的性能提升。"),
            FieldName.CONCLUSION, List.of("该研究证明了所提方法的有效性，并为未来工作提供了方向。",
                    "作者认为该方法具有广泛的应用前景。"));

    private static final String CHINESE_OTHER = "这是一段中文回答，而不是所要求的英文。";

    private FaultyContent() {
    }

    /** The content of a good answer: the fields as one compact JSON object, or the text. */
    public static String good(Answer answer) {
        return answer.isJson() ? compact(answer.fields()) : answer.text();
    }

    /** The same fields (or text) written in Chinese. */
    public static String wrongLanguage(Answer answer, SplittableRandom random) {
        if (!answer.isJson()) {
            return CHINESE_OTHER;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : answer.fields().keySet()) {
            List<String> options = FieldName.byKey(name).map(CHINESE::get).orElse(List.of(CHINESE_OTHER));
            fields.put(name, options.get(random.nextInt(options.size())));
        }
        return compact(fields);
    }

    /** Every field (or the text) replaced by the same failure text, as a pipeline does when a call fails. */
    public static String placeholder(Answer answer, SplittableRandom random) {
        String text = PLACEHOLDERS.get(random.nextInt(PLACEHOLDERS.size()));
        if (!answer.isJson()) {
            return text;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        answer.fields().keySet().forEach(name -> fields.put(name, text));
        return compact(fields);
    }

    /** The answer broken in the given way; never parseable as strict JSON. */
    public static String malformed(Answer answer, MalformedVariant variant) {
        if (!answer.isJson()) {
            // a text has no JSON to break; cutting it short is the one fault it shares
            String t = answer.text();
            return t.substring(0, safeCut(t, Math.max(1, t.length() / 2)));
        }
        Map<String, String> fields = answer.fields().isEmpty() ? Map.of("tldr", "") : answer.fields();
        return switch (variant) {
            case TRUNCATED -> truncated(fields);
            case FENCED -> "Here is the JSON you asked for:\n\n```json\n" + pretty(fields)
                    + "\n```\n\nLet me know if you need anything else.";
            case TRAILING_COMMA -> members(fields, "{\n  ", ",\n  ", ",\n}", "\"", "\"");
            case SMART_QUOTES -> members(fields, "{", ", ", "}", "\u201c", "\u201d");
            case LATEX_BACKSLASH -> latex(fields);
        };
    }

    /** Cut in the middle of the last value, like a reply that ran out of tokens. */
    private static String truncated(Map<String, String> fields) {
        List<String> names = new ArrayList<>(fields.keySet());
        String last = names.removeLast();
        Map<String, String> before = new LinkedHashMap<>();
        names.forEach(n -> before.put(n, fields.get(n)));
        String head = before.isEmpty() ? "{\n  " : members(before, "{\n  ", ",\n  ", ",\n  ", "\"", "\"");
        String value = inner(fields.get(last));
        return head + Json.quote(last) + ": \"" + value.substring(0, safeCut(value, value.length() / 2));
    }

    /** Never between the halves of a surrogate pair, which would make the rest unencodable. */
    private static int safeCut(String s, int at) {
        return at > 0 && Character.isHighSurrogate(s.charAt(at - 1)) ? at - 1 : at;
    }

    /** Members written by hand with the given quotes around names and values (escaping kept JSON's). */
    private static String members(Map<String, String> fields, String open, String separator, String close,
                                  String left, String right) {
        List<String> parts = new ArrayList<>();
        fields.forEach((k, v) -> parts.add(left + inner(k) + right + ": " + left + inner(v) + right));
        return open + String.join(separator, parts) + close;
    }

    /** Copies an abstract's formula into the first field without escaping its backslashes. */
    private static String latex(Map<String, String> fields) {
        List<String> parts = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String value = inner(e.getValue());
            if (first) {
                value = value.replaceAll("[.!?]$", "") + " with a $\\alpha$-weighted loss in $\\mathcal{O}(n \\log n)$ time.";
                first = false;
            }
            parts.add(Json.quote(e.getKey()) + ": \"" + value + "\"");
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** A string's JSON escaping without its surrounding quotes. */
    private static String inner(String s) {
        String q = Json.quote(s);
        return q.substring(1, q.length() - 1);
    }

    private static String compact(Map<String, String> fields) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        fields.forEach(node::put);
        return Json.MAPPER.writeValueAsString(node);
    }

    private static String pretty(Map<String, String> fields) {
        return members(fields, "{\n  ", ",\n  ", "\n}", "\"", "\"");
    }
}
