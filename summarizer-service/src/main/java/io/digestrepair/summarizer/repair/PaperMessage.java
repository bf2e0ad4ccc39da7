package io.digestrepair.summarizer.repair;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.wire.FieldRequest;

import java.util.Map;
import java.util.Set;

/**
 * The paper as the model sees it: one JSON object with the title, abstract, target language and the
 * fields with their text and action. Fields already accepted in an earlier stage are sent as KEEP with
 * their new text, so a fallback model writes only what is still missing, consistent with the rest.
 */
public final class PaperMessage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PaperMessage() {
    }

    public static String json(RepairPlan plan, Set<FieldName> asked, Map<FieldName, String> accepted) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", plan.title());
        root.put("abstract", plan.abstractText());
        root.put("targetLanguage", plan.targetLanguage());
        ObjectNode fields = root.putObject("fields");
        for (FieldName name : FieldName.values()) {
            FieldRequest f = plan.fields().get(name);
            String acceptedText = accepted.get(name);
            ObjectNode node;
            if (acceptedText != null) {
                node = fields.putObject(name.key());
                node.put("text", acceptedText);
                node.put("action", Action.KEEP.name());
            } else if (f != null) {
                node = fields.putObject(name.key());
                node.put("text", f.text() == null ? "" : f.text());
                node.put("action", asked.contains(name) ? f.action().name() : Action.KEEP.name());
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
