package io.digestrepair.core.wire;

import io.digestrepair.core.DigestFormat;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wire records as the services write them: empty lists are part of the contract, nulls are not written. */
class WireJsonTest {

    private final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void aDigestWithoutPapersStillSaysSo() throws IOException {
        Counts counts = new Counts(0, 0, 0, Map.of(), Map.of(), Map.of(), 0);
        String text = json.writeValueAsString(new ParseResult(DigestFormat.MARKDOWN, "en", List.of(), counts, List.of()));
        assertTrue(text.contains("\"papers\":[]"), text);
        assertTrue(text.contains("\"problems\":[]"), text);
        assertTrue(text.contains("\"format\":\"markdown\""), text);
        ParseResult back = json.readValue(text, ParseResult.class);
        assertEquals(List.of(), back.papers());
    }

    @Test
    void missingListsReadAsEmpty() throws IOException {
        ParseResult back = json.readValue("{\"format\":\"jsonl\",\"targetLanguage\":\"en\"}", ParseResult.class);
        assertEquals(DigestFormat.JSONL, back.format());
        assertEquals(List.of(), back.papers());
        assertEquals(List.of(), back.problems());
    }

    @Test
    void provenanceAlwaysCarriesItsWarnings() throws IOException {
        String text = json.writeValueAsString(new Provenance("offline", "extractive", "GENERATE", "repair-v1", 0, null));
        assertTrue(text.contains("\"warnings\":[]"), text);
    }

    @Test
    void anAnswerWithoutErrorLeavesItOut() throws IOException {
        String text = json.writeValueAsString(new SummaryResponse("2606.00001", Map.of("tldr", "A sentence."), Map.of(), null));
        assertFalse(text.contains("error"), text);
        assertTrue(text.contains("\"tldr\":\"A sentence.\""), text);
    }
}
