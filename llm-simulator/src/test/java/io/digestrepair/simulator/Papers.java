package io.digestrepair.simulator;

import io.digestrepair.simulator.Requests.F;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small papers for HTTP tests. */
public final class Papers {

    public static final String TITLE = "PageNet: Compact Vision Models for Archival Page Classification";
    public static final String ABSTRACT = "Document classification at scale remains costly for archives. "
            + "We propose PageNet, a RegNetY-16GF backbone with a lightweight layout head. "
            + "The model is trained on 48,000 pages using a curriculum based on page difficulty. "
            + "Experiments show that PageNet reaches 99.16% accuracy and outperforms GPT-4o by 3.5 points. "
            + "These results suggest that compact vision models remain competitive for archival work.";
    public static final String CHINESE_TLDR =
            "本文提出PageNet，基于RegNetY-16GF，在48,000页档案上达到99.16%的准确率，比GPT-4o高3.5个点。";
    public static final List<String> ALL = List.of("tldr", "motivation", "method", "result", "conclusion");

    private Papers() {
    }

    /** Every field a failure placeholder: all five to generate. */
    public static Map<String, F> failed() {
        Map<String, F> fields = new LinkedHashMap<>();
        ALL.forEach(f -> fields.put(f, new F("Summary generation failed", "GENERATE")));
        return fields;
    }

    /** A json_schema request for paper number {@code n}: distinct papers are distinct requests. */
    public static String failedRequest(int n) {
        return Requests.jsonSchema(Requests.paper(TITLE + " " + n, ABSTRACT, failed()), ALL);
    }
}
