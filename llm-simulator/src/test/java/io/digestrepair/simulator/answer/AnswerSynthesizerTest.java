package io.digestrepair.simulator.answer;

import io.digestrepair.core.SharedData;
import io.digestrepair.simulator.Checks;
import io.digestrepair.simulator.Requests;
import io.digestrepair.simulator.Requests.F;
import io.digestrepair.simulator.chat.ChatRequest;
import io.digestrepair.simulator.chat.ChatRequestParser;
import io.digestrepair.simulator.chat.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerSynthesizerTest {

    static final String ABSTRACT = "Document classification at scale remains costly for archives. "
            + "We propose PageNet, a RegNetY-16GF backbone with a lightweight layout head. "
            + "The model is trained on 48,000 pages using a curriculum based on page difficulty. "
            + "Experiments show that PageNet reaches 99.16% accuracy and outperforms GPT-4o by 3.5 points. "
            + "These results suggest that compact vision models remain competitive for archival work.";
    static final List<String> FIELDS = List.of("tldr", "motivation", "method", "result", "conclusion");

    private final ChatRequestParser parser = new ChatRequestParser();
    private final AnswerSynthesizer synthesizer = new AnswerSynthesizer();

    private Map<String, String> answer(String body, long seed) {
        ChatRequest request = parser.parse(body);
        Answer answer = synthesizer.answer(request, seed);
        assertTrue(answer.isJson());
        return answer.fields();
    }

    @Test
    void generatedFieldsComeFromTheAbstractAndPassTheChecks() {
        Map<String, F> fields = new LinkedHashMap<>();
        FIELDS.forEach(f -> fields.put(f, new F("Summary generation failed", "GENERATE")));
        Map<String, String> answer = answer(Requests.jsonSchema(Requests.paper("PageNet", ABSTRACT, fields), FIELDS), 7);
        assertEquals(FIELDS, List.copyOf(answer.keySet()));
        answer.forEach((name, text) -> {
            assertEquals(List.of(), Checks.problems(name, text), name);
            assertEquals(List.of(), Checks.numbersNotIn(text, ABSTRACT), name);
        });
        assertTrue(answer.get("tldr").startsWith("We propose PageNet"), answer.get("tldr"));
        assertTrue(answer.get("result").contains("99.16%"), answer.get("result"));
        assertTrue(answer.get("conclusion").startsWith("These results suggest"), answer.get("conclusion"));
        assertNotEquals(answer.get("motivation"), answer.get("conclusion"));
    }

    @Test
    void translationCarriesEveryNumberAndLatinTerm() {
        String source = "本文提出 PageNet，基于 RegNetY-16GF 与 Vision Transformer (ViT)，在 48,000 页上达到 99.16% 的准确率，比 GPT-4o 高 3.5 个点。";
        Map<String, F> fields = new LinkedHashMap<>();
        fields.put("tldr", new F(source, "TRANSLATE"));
        fields.put("result", new F(source, "TRANSLATE"));
        fields.put("method", new F("The model is trained on pages.", "KEEP"));
        Map<String, String> answer = answer(Requests.jsonObject(Requests.paper("PageNet", ABSTRACT, fields)), 7);
        assertEquals(List.of("tldr", "result"), List.copyOf(answer.keySet()));
        answer.forEach((name, text) -> {
            assertEquals(List.of(), Checks.problems(name, text), name);
            assertEquals(List.of(), Checks.notCarried(source, text), name + ": " + text);
        });
        assertTrue(answer.get("tldr").contains("Vision Transformer (ViT)"), answer.get("tldr"));
    }

    @Test
    void everyNumberIsCarriedAsAWholeNumber() {
        // "15" beside "15.4%", "7" beside "0.2457", a lone "4" beside "GPT-4": each must be a number of its own
        String source = "准确率从15提升到15.4%，误差为7，成本为0.2457，GPT-4 在 4 个基准上领先，学习率为1e-4。";
        Map<String, F> fields = new LinkedHashMap<>();
        fields.put("result", new F(source, "TRANSLATE"));
        String text = answer(Requests.jsonObject(Requests.paper("PageNet", ABSTRACT, fields)), 7).get("result");
        assertEquals(List.of(), Checks.problems("result", text), text);
        assertEquals(List.of(), Checks.notCarried(source, text), text);
        for (String whole : List.of("15", "7", "4")) {
            assertTrue(Checks.all(Checks.WHOLE_NUMBER, text).contains(whole), whole + " in " + text);
        }
        assertTrue(text.contains("1e-4"), text);
    }

    @Test
    void theSameRequestAndSeedGiveTheSameAnswer() {
        Map<String, F> fields = new LinkedHashMap<>();
        FIELDS.forEach(f -> fields.put(f, new F("N/A", "GENERATE")));
        String body = Requests.jsonSchema(Requests.paper("PageNet", ABSTRACT, fields), FIELDS);
        assertEquals(answer(body, 11), answer(body, 11));
    }

    @Test
    void theSeedChangesWhichCandidateSentencesAreTaken() throws IOException {
        // over many real abstracts some field must differ between seeds, else the seed would do nothing
        int differing = 0;
        for (Paper p : corpus("2025-10-09").subList(0, 40)) {
            Map<String, F> fields = new LinkedHashMap<>();
            FIELDS.forEach(f -> fields.put(f, new F("Error", "GENERATE")));
            String body = Requests.jsonSchema(Requests.paper(p.title, p.abstractText, fields), FIELDS);
            if (!answer(body, 1).equals(answer(body, 2))) {
                differing++;
            }
        }
        assertTrue(differing > 0, "no answer depends on the seed");
    }

    /** Every paper of a real digest day, translated and generated, passes the summarizer's checks. */
    @ParameterizedTest
    @CsvSource({"2025-10-09, 183", "2026-03-20, 228", "2026-05-11, 246", "2026-06-09, 381"})
    void everyPaperOfARealDigestDayPassesTheChecks(String day, int count) throws IOException {
        List<Paper> papers = corpus(day);
        assertEquals(count, papers.size());
        List<String> failures = new ArrayList<>();
        for (Paper p : papers) {
            Map<String, F> translate = new LinkedHashMap<>();
            Map<String, F> generate = new LinkedHashMap<>();
            p.fields.forEach((name, text) -> {
                translate.put(name, new F(text, Checks.hasCjk(text) ? "TRANSLATE" : "GENERATE"));
                generate.put(name, new F("Summary generation failed", "GENERATE"));
            });
            Map<String, String> translated = answer(Requests.jsonSchema(
                    Requests.paper(p.title, p.abstractText, translate), FIELDS), 42);
            Map<String, String> generated = answer(Requests.jsonSchema(
                    Requests.paper(p.title, p.abstractText, generate), FIELDS), 42);
            for (String name : FIELDS) {
                Checks.problems(name, translated.get(name)).forEach(x -> failures.add(p.id + " translated " + x));
                if (Checks.hasCjk(p.fields.get(name))) {
                    Checks.notCarried(p.fields.get(name), translated.get(name))
                            .forEach(x -> failures.add(p.id + " " + name + " lost " + x));
                }
                Checks.problems(name, generated.get(name)).forEach(x -> failures.add(p.id + " generated " + x));
                Checks.numbersNotIn(generated.get(name), p.abstractText)
                        .forEach(x -> failures.add(p.id + " " + name + " invented " + x));
            }
        }
        assertEquals(List.of(), failures, failures.size() + " failures");
    }

    record Paper(String id, String title, String abstractText, Map<String, String> fields) {
    }

    /** The pipeline's JSON Lines of a day: abstracts in English, fields in Chinese (a few all-placeholder). */
    static List<Paper> corpus(String day) throws IOException {
        Path file = SharedData.require(SharedData.jsonLinesDigests().resolve(day + "_AI_enhanced_Chinese.jsonl"));
        List<Paper> papers = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = Json.MAPPER.readTree(line);
            Map<String, String> fields = new LinkedHashMap<>();
            FIELDS.forEach(f -> fields.put(f, n.path("AI").path(f).asString("")));
            papers.add(new Paper(n.path("id").asString(), n.path("title").asString(), n.path("summary").asString(),
                    fields));
        }
        return papers;
    }
}
