package io.digestrepair.simulator.answer;

import io.digestrepair.core.Action;
import io.digestrepair.simulator.chat.ChatRequest;
import io.digestrepair.simulator.chat.Paper;
import io.digestrepair.simulator.chat.PaperLocator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The answer a good model gives to a request: the fields it asks for, in English, passing the summarizer's
 * checks. Depends only on the request and the seed, never on time or on earlier requests, so a retried
 * request gets the same good answer.
 */
public final class AnswerSynthesizer {

    static final String NO_PAPER = "The request held no paper to summarise, so this is a generic simulated answer.";

    private final PaperLocator locator = new PaperLocator();
    private final ExtractiveWriter extractive = new ExtractiveWriter();
    private final TranslationWriter translation = new TranslationWriter();

    public Answer answer(ChatRequest request, long seed) {
        Optional<Paper> paper = locator.locate(request);
        List<String> schemaFields = request.responseFormat().schemaFields();
        List<String> names = !schemaFields.isEmpty() ? schemaFields : paper.map(Paper::wanted).orElse(List.of());
        Map<String, String> fields = new LinkedHashMap<>();
        if (paper.isEmpty()) {
            if (names.isEmpty()) {
                return request.responseFormat().wantsJson() ? Answer.ofFields(Map.of("answer", NO_PAPER))
                        : Answer.ofText(NO_PAPER);
            }
            names.forEach(name -> fields.put(name, NO_PAPER));
            return Answer.ofFields(fields);
        }
        Paper p = paper.get();
        long paperSeed = Seeds.of(p.title(), p.abstractText());
        for (String name : names) {
            fields.put(name, field(name, p, Seeds.random(seed, paperSeed, Seeds.of(name))));
        }
        return Answer.ofFields(fields);
    }

    /** A field asked for by the schema but KEEP (or absent) in the paper is written anew, as GENERATE would be. */
    private String field(String name, Paper paper, SplittableRandom random) {
        Paper.Ask ask = paper.fields().get(name);
        String generated = extractive.write(name, paper, random.split());
        if (ask == null || ask.action() != Action.TRANSLATE) {
            return generated;
        }
        String translated = translation.write(name, ask.text(), random.split());
        if (translated == null) {
            return generated;
        }
        if (!TranslationWriter.hasCjk(ask.text())) {
            return translated;
        }
        if (name.equals("tldr")) {
            // still one sentence: the carried terms, then the abstract's main claim after a semicolon
            String longer = Sentences.open(translated) + "; " + Sentences.lowerFirst(generated);
            return Sentences.words(longer) <= ExtractiveWriter.TLDR_WORDS ? longer : translated;
        }
        // a sentence of the abstract after the carried terms reads like the rest of a translated summary
        String longer = translated + " " + Sentences.split(generated).getFirst();
        return Sentences.words(longer) <= ExtractiveWriter.FIELD_WORDS ? longer : translated;
    }
}
