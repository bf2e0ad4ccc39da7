package io.digestrepair.offline;

import io.digestrepair.core.FieldName;
import io.digestrepair.offline.fields.FieldAssembler;
import io.digestrepair.offline.fields.SentenceUnits;
import io.digestrepair.offline.role.Role;
import io.digestrepair.offline.role.RoleModel;
import io.digestrepair.offline.role.RoleTagger;
import io.digestrepair.offline.role.RoleTagging;
import io.digestrepair.offline.text.SentenceSplitter;

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
    /**
     * The version of the code that picks and writes the fields. Raise it with every change that changes what
     * the engine writes for some abstract: with the role model's hash it makes {@link #modelId()}, by which the
     * gateway keys the cache, so an improved engine writes again what an older one wrote and an unchanged
     * one costs nothing.
     */
    public static final int CODE_VERSION = 9;
    private static volatile String modelId;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final RoleTagger tagger;
    private final FieldAssembler assembler = new FieldAssembler();

    private OfflineEngine(RoleTagger tagger) {
        this.tagger = tagger;
    }

    /**
     * What wrote an offline field, for provenance and cache keys: {@code extractive/<code version>/<first 12 hex
     * digits of the bundled role model's SHA-256>}, e.g. {@code extractive/2/5e1f0c2b9a7d}.
     */
    public static String modelId() {
        String id = modelId;
        if (id == null) {
            id = MODEL + "/" + CODE_VERSION + "/" + RoleModel.bundledDigest().substring(0, 12);
            modelId = id;
        }
        return id;
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
     * All five fields, in {@link FieldName} order, each non-empty when the abstract has a word; all empty
     * when it has none (the fields are the abstract's sentences, and there are none).
     */
    public Map<FieldName, String> summarize(String title, String abstractText) {
        return explain(title, abstractText, Map.of()).fields();
    }

    /**
     * The five fields, guided by what the fields said before in another language ({@code originals}: the
     * text of each field to be replaced, by field): the sentences that state the originals' numbers and
     * Latin-script terms are chosen for the fields that stated them.
     */
    public Map<FieldName, String> summarize(String title, String abstractText, Map<FieldName, String> originals) {
        return explain(title, abstractText, originals).fields();
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
        return explain(title, abstractText, Map.of());
    }

    /** {@link #explain(String, String)} guided by the fields' originals (see {@link #summarize(String, String, Map)}). */
    public OfflineSummary explain(String title, String abstractText, Map<FieldName, String> originals) {
        // an abstract without sentence punctuation, or of one sentence, still gives five fields
        List<String> sentences = SentenceUnits.of(splitter.split(abstractText == null ? "" : abstractText));
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
        FieldAssembler.Assembly assembly = assembler.assemble(sentences, tagging, originals == null ? Map.of() : originals);
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
