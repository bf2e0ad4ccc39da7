package io.digestrepair.offline.fields;

import io.digestrepair.core.FieldName;
import io.digestrepair.offline.role.Role;

import java.util.ArrayList;
import java.util.List;

import static io.digestrepair.offline.fields.Selection.GUIDED_MAX_WORDS;
import static io.digestrepair.offline.fields.Selection.GUIDED_MIN_SCORE;
import static io.digestrepair.offline.fields.Selection.GUIDED_SENTENCES;

/**
 * The fields' first choice when they had an original in another language: each free sentence that states what
 * an original stated (its numbers, its terms: {@link FieldFacts}) goes to the field whose original it matches.
 */
final class Guidance {

    private Guidance() {
    }

    /**
     * Each free sentence that states what an original stated goes to the field whose original it matches
     * best, or the next best when that one is full (ties: the field whose role the sentence has), best matches
     * first, while the field stays short and enough free sentences remain for the fields still without one.
     */
    static void guide(Selection sel) {
        if (!sel.guided()) {
            return;
        }
        // every (sentence, field) pair that matches, best first; a tie goes to the field whose role the
        // sentence has, then to the earlier sentence
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < sel.size(); i++) {
            if (!sel.free(i)) {
                continue;
            }
            for (FieldName f : sel.originalFields()) {
                int score = f == FieldName.TLDR ? 0 : sel.original(f).score(sel.reading(i).facts());
                if (score >= GUIDED_MIN_SCORE) {
                    pairs.add(new int[] {score, suits(sel, f, i) ? 1 : 0, i, f.ordinal()});
                }
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : a[1] != b[1] ? Integer.compare(b[1], a[1])
                : Integer.compare(a[2], b[2]));
        for (int[] pair : pairs) {
            int i = pair[2];
            FieldName f = FieldName.values()[pair[3]];
            if (!sel.free(i)) {
                continue;
            }
            List<Integer> have = sel.taken(f);
            int total = 0;
            for (int k : have) {
                total += sel.reading(k).words();
            }
            if (have.size() >= GUIDED_SENTENCES || !have.isEmpty() && total + sel.reading(i).words() > GUIDED_MAX_WORDS
                    || sel.freeCount() - 1 < sel.emptyFieldsBesides(f)) {
                continue;
            }
            sel.take(f, i);
        }
    }

    private static boolean suits(Selection sel, FieldName field, int i) {
        Role r = sel.tagging().role(i);
        return switch (field) {
            case MOTIVATION -> r == Role.BACKGROUND || r == Role.OBJECTIVE;
            case METHOD -> r == Role.METHOD;
            case RESULT -> r == Role.RESULT;
            case CONCLUSION -> r == Role.OTHER || sel.reading(i).generalises();
            case TLDR -> false;
        };
    }
}
