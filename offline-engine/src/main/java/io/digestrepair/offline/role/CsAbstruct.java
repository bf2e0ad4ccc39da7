package io.digestrepair.offline.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads CSAbstruct's JSON Lines: {@code {"abstract_id", "sentences", "labels", "confs"}} per line. */
public final class CsAbstruct {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CsAbstruct() {
    }

    public static List<LabeledAbstract> read(Path file) throws IOException {
        List<LabeledAbstract> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(parse(JSON.readTree(line), file.getFileName() + ":" + lineNo));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IOException(file + " line " + lineNo + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static LabeledAbstract parse(JsonNode node, String where) {
        JsonNode sentences = node.path("sentences");
        JsonNode labels = node.path("labels");
        if (!sentences.isArray() || !labels.isArray()) {
            throw new IllegalArgumentException("needs arrays \"sentences\" and \"labels\"");
        }
        List<String> text = new ArrayList<>(sentences.size());
        sentences.forEach(s -> text.add(s.asText()));
        List<Role> roles = new ArrayList<>(labels.size());
        labels.forEach(l -> roles.add(Role.ofLabel(l.asText())));
        double[] confs = new double[text.size()];
        Arrays.fill(confs, 1.0);
        JsonNode c = node.path("confs");
        if (c.isArray() && c.size() == confs.length) {
            for (int i = 0; i < confs.length; i++) {
                confs[i] = c.get(i).asDouble(1.0);
            }
        }
        String id = node.has("abstract_id") ? where + "#" + node.get("abstract_id").asText() : where;
        return new LabeledAbstract(id, text, roles, confs);
    }
}
