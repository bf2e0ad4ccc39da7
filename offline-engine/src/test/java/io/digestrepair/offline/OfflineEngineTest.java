package io.digestrepair.offline;

import io.digestrepair.core.FieldName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineEngineTest {

    private static final OfflineEngine ENGINE = OfflineEngine.load();

    private static final String ABSTRACT = """
            Retrieval-augmented generation (RAG) grounds large language models in documents, but
            long contexts make it slow. However, existing compressors discard facts the answer needs.
            In this paper, we propose SlimRAG, which compresses retrieved passages with a learned
            token scorer. SlimRAG scores each token by its attention to the question and keeps the top
            $k$ tokens per passage. We train the scorer on 50k question-answer pairs. Experiments on
            four QA benchmarks show that SlimRAG cuts latency by 3.1$\\times$ while keeping 98.5\\% of
            the accuracy. These results suggest that learned compression is a practical path to fast RAG.
            """;

    @Test
    void fiveFieldsInOrder() {
        Map<FieldName, String> fields = ENGINE.summarize("SlimRAG", ABSTRACT);
        assertEquals(List.of(FieldName.values()), List.copyOf(fields.keySet()));
        fields.forEach((f, text) -> assertFalse(text.isBlank(), f.key()));
        assertTrue(fields.get(FieldName.TLDR).startsWith("SlimRAG compresses retrieved passages"), fields.get(FieldName.TLDR));
        assertTrue(fields.get(FieldName.RESULT).contains("3.1×") && fields.get(FieldName.RESULT).contains("98.5%"),
                fields.get(FieldName.RESULT));
        assertFalse(String.join(" ", fields.values()).contains("\n"));
    }

    @Test
    void onlyTheWantedFields() {
        Map<FieldName, String> some = ENGINE.summarize("SlimRAG", ABSTRACT, List.of(FieldName.RESULT, FieldName.TLDR));
        assertEquals(List.of(FieldName.TLDR, FieldName.RESULT), List.copyOf(some.keySet()));
        assertEquals(ENGINE.summarize("SlimRAG", ABSTRACT).get(FieldName.RESULT), some.get(FieldName.RESULT));
    }

    @Test
    void withoutAnAbstractNoFieldIsWritten() {
        // the fields are the abstract's sentences: a title alone is no summary of the paper
        Map<FieldName, String> fields = ENGINE.summarize("Fast Sorting Networks for GPUs", "  ");
        assertEquals(5, fields.size());
        fields.forEach((f, text) -> assertEquals("", text, f + ": " + text));
        Map<FieldName, String> nothing = ENGINE.summarize(null, null);
        assertEquals(5, nothing.size());
        nothing.values().forEach(v -> assertEquals("", v));
    }

    @Test
    void explainsWhichSentencesWereTaken() {
        OfflineSummary s = ENGINE.explain("SlimRAG", ABSTRACT);
        assertEquals(s.sentences().size(), s.roles().size());
        assertTrue(s.sentences().size() >= 7, s.sentences().toString());
        for (FieldName f : List.of(FieldName.MOTIVATION, FieldName.METHOD, FieldName.RESULT, FieldName.CONCLUSION)) {
            String rebuilt = String.join(" ", s.sources().get(f).stream().map(s.sentences()::get).toList());
            assertEquals(rebuilt, s.field(f));
        }
    }
}
