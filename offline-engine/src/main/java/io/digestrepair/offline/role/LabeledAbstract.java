package io.digestrepair.offline.role;

import java.util.List;

/**
 * One abstract of CSAbstruct: its sentences, their gold roles, and the annotators' agreement.
 *
 * @param confidences per sentence in [0, 1]; 1 when the file gives none
 */
public record LabeledAbstract(String id, List<String> sentences, List<Role> roles, double[] confidences) {

    public LabeledAbstract {
        if (sentences.size() != roles.size() || confidences.length != sentences.size()) {
            throw new IllegalArgumentException("abstract " + id + ": " + sentences.size() + " sentences, "
                    + roles.size() + " labels, " + confidences.length + " confidences");
        }
        sentences = List.copyOf(sentences);
        roles = List.copyOf(roles);
    }

    public int size() {
        return sentences.size();
    }
}
