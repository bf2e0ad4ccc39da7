package io.digestrepair.offline.role;

import java.util.List;

/**
 * The roles of an abstract's sentences.
 *
 * @param roles       the most likely sequence, one role per sentence
 * @param probability {@code probability[i][role.ordinal()]}: how likely sentence i has that role
 */
public record RoleTagging(List<Role> roles, double[][] probability) {

    public int size() {
        return roles.size();
    }

    public Role role(int sentence) {
        return roles.get(sentence);
    }

    public double probability(int sentence, Role role) {
        return probability[sentence][role.ordinal()];
    }
}
