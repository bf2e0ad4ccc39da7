package io.digestrepair.gateway.summarizer;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NdjsonLinesTest {

    private final List<String> lines = new ArrayList<>();
    private final List<String> arrays = new ArrayList<>();
    private final NdjsonLines reader = new NdjsonLines(
            l -> lines.add(new String(l, StandardCharsets.UTF_8)), a -> arrays.add(new String(a, StandardCharsets.UTF_8)));

    private void feed(String s) {
        reader.feed(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void linesSplitAcrossChunksAreJoined() {
        feed("{\"id\":\"p1\"}\n{\"id\":");
        assertEquals(List.of("{\"id\":\"p1\"}"), lines);
        feed("\"p2\",\"t\":\"中文\"}\r\n\n");
        feed("{\"id\":\"p3\"}");
        reader.finish();
        assertEquals(List.of("{\"id\":\"p1\"}", "{\"id\":\"p2\",\"t\":\"中文\"}", "{\"id\":\"p3\"}"), lines);
        assertEquals(List.of(), arrays);
    }

    @Test
    void aMultiByteCharacterCutBetweenChunksSurvives() {
        byte[] all = "{\"t\":\"翻译\"}\n".getBytes(StandardCharsets.UTF_8);
        reader.feed(java.util.Arrays.copyOfRange(all, 0, 8));
        reader.feed(java.util.Arrays.copyOfRange(all, 8, all.length));
        reader.finish();
        assertEquals(List.of("{\"t\":\"翻译\"}"), lines);
    }

    @Test
    void aJsonArrayIsHandedOverWhole() {
        feed(" [{\"id\":\"p1\"},\n");
        feed("{\"id\":\"p2\"}]\n");
        reader.finish();
        assertEquals(List.of(), lines);
        assertEquals(List.of("[{\"id\":\"p1\"},\n{\"id\":\"p2\"}]\n"), arrays);
    }
}
