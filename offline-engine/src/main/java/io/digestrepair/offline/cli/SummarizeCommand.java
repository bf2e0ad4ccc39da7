package io.digestrepair.offline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.digestrepair.core.FieldName;
import io.digestrepair.offline.OfflineEngine;
import io.digestrepair.offline.OfflineSummary;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code summarize [FILE] [--title TITLE]}: the five fields of one abstract, with each sentence's role, as JSON. */
final class SummarizeCommand {

    private SummarizeCommand() {
    }

    static int run(String[] argv, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(argv, Set.of("title"));
        if (args.positional().size() > 1) {
            throw new OfflineCli.UsageException("summarize takes at most one FILE");
        }
        String text = args.positional().isEmpty()
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(args.positional().getFirst()), StandardCharsets.UTF_8);
        OfflineSummary summary = OfflineEngine.load().explain(args.get("title", ""), text);

        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldName f : FieldName.values()) {
            fields.put(f.key(), summary.field(f));
        }
        json.put("fields", fields);
        List<Map<String, Object>> sentences = new ArrayList<>();
        for (int i = 0; i < summary.sentences().size(); i++) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("role", summary.roles().get(i).label());
            s.put("text", summary.sentences().get(i));
            sentences.add(s);
        }
        json.put("sentences", sentences);
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        return 0;
    }
}
