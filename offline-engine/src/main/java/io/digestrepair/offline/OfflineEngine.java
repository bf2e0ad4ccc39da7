package io.digestrepair.offline;

import io.digestrepair.core.FieldName;
import io.digestrepair.offline.fields.FieldAssembler;
import io.digestrepair.offline.role.Role;
import io.digestrepair.offline.role.RoleModel;
import io.digestrepair.offline.role.RoleTagger;
import io.digestrepair.offline.role.RoleTagging;
import io.digestrepair.offline.text.SentenceSplitter;
import io.digestrepair.offline.text.TextCleaner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The extractive engine: English TL;DR, Motivation, Method, Result and Conclusion taken from the
 * abstract alone, by sentence roles learnt from CSAbstruct. Faithful by construction: every field
 * is sentences of the abstract (the TL;DR one sentence shortened by deletion), cleaned of hard
 * wraps and LaTeX markup. Thread-safe; load once ({@link #load()}) and share.
 */
public final class OfflineEngine {

    public static final String ENGINE = "offline";
    public static final String MODEL = "extractive";

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final RoleTagger tagger;
    private final FieldAssembler assembler = new FieldAssembler();

    private OfflineEngine(RoleTagger tagger) {
        this.tagger = tagger;
    }

    /** Loads the role model bundled as a resource. */
    public static OfflineEngine load() {
        return new OfflineEngine(RoleTagger.bundled());
    }

    /** An engine on another role model (for evaluating a freshly trained one). */
    public static OfflineEngine with(RoleModel model) {
        return new OfflineEngine(new RoleTagger(model));
    }

    /**
     * All five fields, in {@link FieldName} order, each non-empty when the abstract or the title has
     * a word; all empty when both are blank.
     */
    public Map<FieldName, String> summarize(String title, String abstractText) {
        return explain(title, abstractText).fields();
    }

    /** Only the given fields (the others are not in the map). */
    public Map<FieldName, String> summarize(String title, String abstractText, Collection<FieldName> wanted) {
        Map<FieldName, String> all = summarize(title, abstractText);
        Map<FieldName, String> some = new EnumMap<>(FieldName.class);
        for (FieldName f : wanted) {
            some.put(f, all.get(f));
        }
        return some;
    }

    /** The fields with how they were made: the sentences, their roles, and which sentences each field took. */
    public OfflineSummary explain(String title, String abstractText) {
        List<String> sentences = splitter.split(abstractText == null ? "" : abstractText);
        if (sentences.isEmpty()) {
            // nothing to extract from: the title is the only text of the paper's own
            String t = TextCleaner.clean(title == null ? "" : title);
            sentences = t.isEmpty() ? List.of() : List.of(t);
        }
        if (sentences.isEmpty()) {
            Map<FieldName, String> empty = new EnumMap<>(FieldName.class);
            Map<FieldName, List<Integer>> none = new EnumMap<>(FieldName.class);
            for (FieldName f : FieldName.values()) {
                empty.put(f, "");
                none.put(f, List.of());
            }
            return new OfflineSummary(empty, List.of(), List.of(), none);
        }
        RoleTagging tagging = tagger.tag(sentences);
        FieldAssembler.Assembly assembly = assembler.assemble(sentences, tagging);
        return new OfflineSummary(assembly.text(), sentences, new ArrayList<>(tagging.roles()), assembly.sources());
    }

    /** The role model in use. */
    public RoleModel model() {
        return tagger.model();
    }

    /** The roles of given sentences (already split). */
    public List<Role> roles(List<String> sentences) {
        return tagger.roles(sentences);
    }
}
