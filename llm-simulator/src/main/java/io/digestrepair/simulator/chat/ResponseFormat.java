package io.digestrepair.simulator.chat;

import java.util.List;

/**
 * What shape the client asked the answer to have.
 *
 * @param schemaFields for {@code json_schema}: the schema's required properties (else its properties), in order;
 *                     empty when the schema names none
 */
public record ResponseFormat(Type type, String schemaName, List<String> schemaFields) {

    public enum Type {
        TEXT,
        JSON_OBJECT,
        JSON_SCHEMA
    }

    public static final ResponseFormat TEXT = new ResponseFormat(Type.TEXT, null, List.of());

    public ResponseFormat {
        schemaFields = List.copyOf(schemaFields);
    }

    public boolean wantsJson() {
        return type != Type.TEXT;
    }
}
