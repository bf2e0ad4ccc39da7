package io.digestrepair.offline;

import io.digestrepair.core.FieldName;
import io.digestrepair.offline.role.Role;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the offline engine made of one abstract.
 *
 * @param fields    the five fields, in {@link FieldName} order
 * @param sentences the abstract's sentences, cleaned
 * @param roles     each sentence's role
 * @param sources   per field, the indices of the sentences it was taken from
 */
public record OfflineSummary(Map<FieldName, String> fields, List<String> sentences, List<Role> roles,
                             Map<FieldName, List<Integer>> sources) {

    public OfflineSummary {
        fields = Collections.unmodifiableMap(new EnumMap<>(fields));
        sentences = List.copyOf(sentences);
        roles = List.copyOf(roles);
        sources = Collections.unmodifiableMap(new EnumMap<>(sources));
    }

    public String field(FieldName name) {
        return fields.get(name);
    }
}
