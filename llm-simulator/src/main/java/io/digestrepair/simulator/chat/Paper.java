package io.digestrepair.simulator.chat;

import io.digestrepair.core.Action;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paper a repair request is about, as the summarizer embeds it in a user message.
 *
 * @param fields field name to its current text and action, in the order of the request
 */
public record Paper(String title, String abstractText, String targetLanguage, Map<String, Ask> fields) {

    /** A field's current text and what the summarizer wants done with it. */
    public record Ask(String text, Action action) {
    }

    public Paper {
        title = title == null ? "" : title;
        abstractText = abstractText == null ? "" : abstractText;
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The fields to answer: those to translate or generate, in request order. */
    public List<String> wanted() {
        return fields.entrySet().stream()
                .filter(e -> e.getValue().action() != Action.KEEP)
                .map(Map.Entry::getKey)
                .toList();
    }
}
