package io.digestrepair.simulator.answer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a well-behaved model would have answered: named fields (sent as one JSON object) or, for a plain
 * text request that holds no paper, a text.
 */
public record Answer(Map<String, String> fields, String text) {

    public Answer {
        fields = fields == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Answer ofFields(Map<String, String> fields) {
        return new Answer(fields, null);
    }

    public static Answer ofText(String text) {
        return new Answer(null, text);
    }

    public boolean isJson() {
        return fields != null;
    }
}
