package io.digestrepair.summarizer.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.SharedData;
import io.digestrepair.core.text.FieldDiagnoser;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.core.wire.FieldRequest;
import io.digestrepair.core.wire.SummaryRequest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real papers from the shared corpus as summarizer requests: the pipeline's JSON Lines (fields under
 * {@code AI}), each field's action decided by the same diagnoser the parser uses.
 */
public final class CorpusPapers {

    /** The days read, in order: 381 + 246 papers. */
    public static final List<String> DAYS = List.of("2026-06-09", "2026-05-11");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusPapers() {
    }

    public static List<SummaryRequest> load(int count) {
        FieldDiagnoser diagnoser = new FieldDiagnoser("en", LanguageDetector.shared());
        List<SummaryRequest> out = new ArrayList<>(count);
        for (String day : DAYS) {
            Path file = SharedData.require(SharedData.jsonLinesDigests().resolve(day + "_AI_enhanced_Chinese.jsonl"));
            try (BufferedReader in = Files.newBufferedReader(file)) {
                String line;
                while ((line = in.readLine()) != null && out.size() < count) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode paper = JSON.readTree(line);
                    Map<String, FieldRequest> fields = new LinkedHashMap<>();
                    for (FieldName f : FieldName.values()) {
                        String text = paper.path("AI").path(f.key()).asText("");
                        fields.put(f.key(), new FieldRequest(text, diagnoser.diagnose(f, text).action()));
                    }
                    out.add(new SummaryRequest(paper.path("id").asText(), paper.path("title").asText(),
                            paper.path("summary").asText(), "en", fields));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (out.size() >= count) {
                break;
            }
        }
        if (out.size() < count) {
            throw new IllegalStateException("the corpus days " + DAYS + " hold only " + out.size() + " papers");
        }
        return out;
    }

    public static String ndjson(List<SummaryRequest> papers) {
        StringBuilder b = new StringBuilder();
        for (SummaryRequest p : papers) {
            var node = JSON.createObjectNode();
            node.put("id", p.id());
            node.put("title", p.title());
            node.put("abstract", p.abstractText());
            node.put("targetLanguage", p.targetLanguage());
            var fields = node.putObject("fields");
            p.fields().forEach((k, f) -> fields.putObject(k).put("text", f.text()).put("action", f.action().name()));
            b.append(node).append('\n');
        }
        return b.toString();
    }
}
