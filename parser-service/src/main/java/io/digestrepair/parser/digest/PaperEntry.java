package io.digestrepair.parser.digest;

import io.digestrepair.core.FieldName;

import java.util.List;
import java.util.Map;

/**
 * A paper as read from a digest, before diagnosis.
 *
 * @param index        position in the digest from 0; edits address it
 * @param line         1-based line where the paper starts
 * @param id           arXiv id without version, when the link or record has one
 * @param title        title
 * @param url          link to the paper
 * @param authors      authors in order
 * @param category     main category
 * @param abstractText abstract as written (hard wraps kept)
 * @param fields       the five fields, every one of them present as a key
 */
public record PaperEntry(
        int index,
        int line,
        String id,
        String title,
        String url,
        List<String> authors,
        String category,
        String abstractText,
        Map<FieldName, FieldValue> fields) {

    public FieldValue field(FieldName name) {
        return fields.get(name);
    }
}
