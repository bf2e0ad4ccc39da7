package io.digestrepair.offline;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.SharedData;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.offline.bench.DigestAbstracts;
import io.digestrepair.offline.fields.TldrWriter;
import io.digestrepair.offline.text.SentenceSplitter;
import io.digestrepair.offline.text.TextCleaner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine over every abstract of the seed digests: five English fields, each taken from its abstract. */
class SeedDigestsTest {

    private static final List<DigestAbstracts.Paper> PAPERS = new ArrayList<>();
    private static OfflineEngine engine;

    @BeforeAll
    static void read() throws IOException {
        for (Path f : DigestAbstracts.markdownFiles(SharedData.require(SharedData.seeds()))) {
            PAPERS.addAll(DigestAbstracts.read(f));
        }
        engine = OfflineEngine.load();
    }

    @Test
    void theSeedsHoldNineteenPapers() {
        assertEquals(19, PAPERS.size());
        PAPERS.forEach(p -> assertFalse(p.abstractText().isBlank(), p.title()));
    }

    @Test
    void everyFieldIsNonEmptyEnglishTakenFromTheAbstract() {
        LanguageDetector language = LanguageDetector.shared();
        SentenceSplitter splitter = new SentenceSplitter();
        for (DigestAbstracts.Paper p : PAPERS) {
            Map<FieldName, String> fields = engine.summarize(p.title(), p.abstractText());
            assertEquals(List.of(FieldName.values()), List.copyOf(fields.keySet()), p.title());
            String source = words(TextCleaner.clean(p.abstractText()));
            for (FieldName f : FieldName.values()) {
                String text = fields.get(f);
                String where = p.title() + " / " + f.label() + ": " + text;
                assertFalse(text == null || text.isBlank(), where);
                assertEquals("en", language.detect(text), where);
                assertTrue(asciiShare(text) > 0.95, where);
                assertFalse(text.contains("\n") || text.contains("  ") || text.contains("\\"), where);
                if (f == FieldName.TLDR) {
                    assertTrue(text.split("\\s+").length <= TldrWriter.MAX_WORDS, where);
                    // by deletion, but for the "is" that may join a name to its appositive ("X is a framework ...")
                    String deleted = (" " + words(text) + " ").replaceFirst(" is ", " ").strip();
                    assertTrue(isSubsequence(deleted, source), "TL;DR words not in order in the abstract: " + where);
                } else {
                    for (String sentence : splitter.split(text)) {
                        assertTrue(source.contains(words(sentence)), "not a sentence of the abstract: " + sentence + " / " + where);
                    }
                }
            }
        }
    }

    @Test
    void longAbstractsRepeatNoSentenceAcrossFields() {
        SentenceSplitter splitter = new SentenceSplitter();
        for (DigestAbstracts.Paper p : PAPERS) {
            if (splitter.split(p.abstractText()).size() < 8) {
                continue;
            }
            OfflineSummary s = engine.explain(p.title(), p.abstractText());
            List<Integer> all = new ArrayList<>();
            s.sources().values().forEach(all::addAll);
            assertEquals(all.size(), all.stream().distinct().count(), p.title() + ": " + s.sources());
        }
    }

    /** Lowercase words separated by single spaces: the text with punctuation and markup set aside. */
    private static String words(String text) {
        return " " + String.join(" ", Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList()) + " ";
    }

    private static boolean isSubsequence(String needle, String haystack) {
        String[] n = needle.strip().split(" ");
        String[] h = haystack.strip().split(" ");
        int j = 0;
        for (int i = 0; i < h.length && j < n.length; i++) {
            if (h[i].equals(n[j])) {
                j++;
            }
        }
        return j == n.length;
    }

    private static double asciiShare(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long ascii = text.codePoints().filter(c -> Character.isLetter(c) && c < 128).count();
        return letters == 0 ? 0 : (double) ascii / letters;
    }
}
