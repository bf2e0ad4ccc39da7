package io.digestrepair.gateway.repair;

import io.digestrepair.core.wire.Provenance;
import io.digestrepair.gateway.summarizer.SummarizerInfo;

import java.time.Instant;
import java.util.Map;

/**
 * A cache entry: a paper's repaired fields and where each came from.
 *
 * @param cacheKey   hash of everything the repair was made from, summarizer configuration included
 * @param contentKey the same without the summarizer configuration
 * @param summarizer the summarizer configuration the request was made under
 * @param fields     repaired field texts by key ({@code tldr}, ...)
 * @param provenance per repaired field
 */
public record RepairedPaper(
        String cacheKey,
        String contentKey,
        SummarizerInfo summarizer,
        Map<String, String> fields,
        Map<String, Provenance> provenance,
        Instant createdAt) {

    /** Fields whose provenance names this engine (e.g. those the offline engine wrote). */
    public java.util.Set<String> fieldsWrittenBy(String engine) {
        var keys = new java.util.TreeSet<String>();
        provenance.forEach((field, p) -> {
            if (p != null && engine.equalsIgnoreCase(p.engine()) && fields.containsKey(field)) {
                keys.add(field);
            }
        });
        return keys;
    }
}
