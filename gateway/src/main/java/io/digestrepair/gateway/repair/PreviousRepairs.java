package io.digestrepair.gateway.repair;

import io.digestrepair.core.Action;
import io.digestrepair.core.wire.Edit;
import io.digestrepair.core.wire.Field;
import io.digestrepair.core.wire.Paper;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The repaired fields of a digest's previous repaired revision, by paper, standing in for the
 * papers of a new revision that still wait for their own repair: a reader gets last revision's
 * English rather than this revision's raw text. A paper is known by its arXiv id, or by its title.
 *
 * @param revision the revision they come from
 * @param fields   paper key ({@link #key}) to field name to repaired text
 */
public record PreviousRepairs(int revision, Map<String, Map<String, String>> fields) {

    public static PreviousRepairs none() {
        return new PreviousRepairs(0, Map.of());
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Nullable
    public static String key(Paper p) {
        if (p.id() != null && !p.id().isBlank()) {
            return "id:" + p.id().trim();
        }
        if (p.title() != null && !p.title().isBlank()) {
            return "title:" + p.title().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /**
     * Edits for the papers given, from their previous repair: only fields this revision asks to
     * repair and can hold, so a field kept in this revision is never overwritten.
     */
    public List<Edit> edits(Collection<Paper> waiting, Set<Integer> covered) {
        List<Edit> edits = new ArrayList<>();
        for (Paper p : waiting) {
            String key = key(p);
            Map<String, String> before = key == null ? null : fields.get(key);
            if (before == null || covered.contains(p.index()) || p.fields() == null) {
                continue;
            }
            p.fields().forEach((name, f) -> {
                String text = before.get(name);
                if (writable(f) && text != null && !text.isBlank()) {
                    edits.add(new Edit(p.index(), name, text));
                }
            });
        }
        return edits;
    }

    private static boolean writable(@Nullable Field f) {
        return f != null && f.action() != Action.KEEP && f.span() != null;
    }
}
