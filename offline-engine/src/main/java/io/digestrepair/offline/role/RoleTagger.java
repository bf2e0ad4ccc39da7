package io.digestrepair.offline.role;

import java.util.ArrayList;
import java.util.List;

/** Tags the sentences of one abstract with their roles. Thread-safe; share one instance. */
public final class RoleTagger {

    private final FeatureExtractor features;
    private final RoleModel model;

    public RoleTagger(RoleModel model) {
        this(new FeatureExtractor(), model);
    }

    RoleTagger(FeatureExtractor features, RoleModel model) {
        this.features = features;
        this.model = model;
    }

    public static RoleTagger bundled() {
        return new RoleTagger(RoleModel.bundled());
    }

    public RoleModel model() {
        return model;
    }

    /** The most likely role sequence (Viterbi). */
    public List<Role> roles(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        return toRoles(model.decode(features.extract(sentences)));
    }

    /** Roles with each sentence's role probabilities (forward-backward), for choosing among candidates. */
    public RoleTagging tag(List<String> sentences) {
        if (sentences.isEmpty()) {
            return new RoleTagging(List.of(), new double[0][]);
        }
        long[][] f = features.extract(sentences);
        return new RoleTagging(toRoles(model.decode(f)), model.marginals(f));
    }

    private static List<Role> toRoles(int[] labels) {
        List<Role> roles = new ArrayList<>(labels.length);
        for (int y : labels) {
            roles.add(Role.of(y));
        }
        return roles;
    }
}
