package io.digestrepair.eval;

import io.digestrepair.core.Action;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.core.wire.Field;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.offline.fields.SentenceShape;
import io.digestrepair.offline.text.SentenceSplitter;
import io.digestrepair.summarizer.check.Grounding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The measures of {@code eval-fields}, one paper at a time. Each is defined here, in words and in code:
 * <ul>
 *   <li><b>Numbers carried.</b> For every field the digest had in another language (action TRANSLATE): the
 *       distinct quantities of the original, as the summarizer's translation check reads them
 *       ({@link Grounding#factualNumbers}: numbers outside names and list markers, 4.8万 = 48,000, 23% = 23),
 *       that the abstract also states ({@link Grounding#statedNumbers} of the abstract has one of their
 *       readings): the numbers the English field could carry. Carried: the English field written in its
 *       place states one of their readings too. The share is carried over stated, summed over fields. Beside it,
 *       the share that could be carried at all while no sentence stands in two fields: a number c originals
 *       state and s sentences of the abstract state counts min(c, s) (an original TL;DR that restates the
 *       Result's figures can carry them only where the abstract states them twice).</li>
 *   <li><b>Fragment TL;DR.</b> A repaired TL;DR whose main clause has no finite verb, by
 *       {@link SentenceShape#isFragment}.</li>
 *   <li><b>Sentence repeated across fields.</b> Two of the paper's five fields as served (repaired or kept)
 *       share a sentence: the fields are split into sentences ({@link SentenceSplitter}), lower-cased with
 *       punctuation and spacing folded, and two sentences of two fields are the same when equal, or when the
 *       shorter, of at least {@value #MIN_CONTAINED_WORDS} words, is part of the longer (a TL;DR shortened from
 *       a sentence another field holds whole); or three fields hold the same {@value #LENT_RUN_WORDS} words in a
 *       row (a sentence stands whole in one field and may lend one clause to one more: the same clause in a
 *       third is one text said twice).</li>
 *   <li><b>Field left.</b> A field the digest needed repaired (action other than KEEP) that came back
 *       absent, blank, or in a language other than English by digest-core's {@link LanguageDetector}.</li>
 * </ul>
 */
public final class FieldMeasures {

    static final int MIN_CONTAINED_WORDS = 6;
    /** Words in a row that three fields holding make one clause said twice (see {@link #sharedSentence}). */
    static final int LENT_RUN_WORDS = 8;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}%]+");

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final LanguageDetector languages = LanguageDetector.shared();

    /**
     * @param paper    the paper as the parser diagnosed it
     * @param repaired the repaired fields by key (absent for a field not repaired)
     */
    public PaperScore score(Paper paper, Map<String, String> repaired) {
        List<String> notes = new ArrayList<>();
        int toRepair = 0;
        int left = 0;
        int stated = 0;
        int carried = 0;
        int[] statedBy = new int[FieldName.values().length];
        int[] carriedBy = new int[FieldName.values().length];
        Map<FieldName, String> served = new EnumMap<>(FieldName.class);
        String abstractText = paper.abstractText() == null ? "" : paper.abstractText();
        Set<String> abstractNumbers = Grounding.statedNumbers(abstractText);
        for (FieldName name : FieldName.values()) {
            Field f = paper.fields() == null ? null : paper.fields().get(name.key());
            if (f == null || f.action() == null || f.action() == Action.KEEP) {
                if (f != null && f.text() != null) {
                    served.put(name, f.text());
                }
                continue;
            }
            toRepair++;
            String english = repaired.get(name.key());
            boolean written = english != null && !english.isBlank() && "en".equals(languages.detect(english));
            if (!written) {
                left++;
                notes.add("left: " + name.key() + (english == null || english.isBlank() ? " empty" : " not English: " + english));
            } else {
                served.put(name, english);
            }
            if (f.action() == Action.TRANSLATE && f.text() != null) {
                NumberCount c = numbers(f.text(), abstractNumbers, written ? english : "");
                stated += c.stated();
                carried += c.carried();
                statedBy[name.ordinal()] += c.stated();
                carriedBy[name.ordinal()] += c.carried();
                if (!c.missing().isEmpty()) {
                    notes.add("numbers: " + name.key() + " lost " + c.missing() + " of \"" + f.text() + "\" -> \""
                            + (written ? english : "") + "\"");
                }
            }
        }
        int carriable = carriable(paper, abstractText, abstractNumbers);
        String tldr = repaired.get(FieldName.TLDR.key());
        boolean tldrWritten = tldr != null && !tldr.isBlank();
        boolean fragment = tldrWritten && SentenceShape.isFragment(tldr);
        if (fragment) {
            notes.add("fragment: " + tldr);
        }
        String shared = sharedSentence(served);
        if (shared != null) {
            notes.add("repeated: " + shared);
        }
        return new PaperScore(stated, carried, tldrWritten, fragment, shared != null, toRepair, left, notes, statedBy, carriedBy,
                carriable);
    }

    /**
     * How many of the stated numbers could be carried at all without a sentence in two fields: a number that c
     * fields' originals state and s of the abstract's sentences state is carried by at most min(c, s) fields.
     */
    int carriable(Paper paper, String abstractText, Set<String> abstractNumbers) {
        List<Set<String>> sentenceNumbers = new ArrayList<>();
        for (String s : splitter.split(abstractText)) {
            sentenceNumbers.add(Grounding.statedNumbers(s));
        }
        Map<String, Integer> fieldsStating = new java.util.HashMap<>();
        Map<String, List<String>> readings = new java.util.HashMap<>();
        for (FieldName name : FieldName.values()) {
            Field f = paper.fields() == null ? null : paper.fields().get(name.key());
            if (f == null || f.action() != Action.TRANSLATE || f.text() == null) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Grounding.Num n : Grounding.factualNumbers(f.text())) {
                if (seen.add(n.value()) && anyIn(n.values(), abstractNumbers)) {
                    fieldsStating.merge(n.value(), 1, Integer::sum);
                    readings.putIfAbsent(n.value(), n.values());
                }
            }
        }
        int total = 0;
        for (Map.Entry<String, Integer> e : fieldsStating.entrySet()) {
            int sentences = 0;
            for (Set<String> sn : sentenceNumbers) {
                sentences += anyIn(readings.get(e.getKey()), sn) ? 1 : 0;
            }
            // the abstract states it (read as a whole): at least one sentence does, whatever the split
            total += Math.min(e.getValue(), Math.max(1, sentences));
        }
        return total;
    }

    /** The numbers of one original: stated by the abstract, and of those carried by the English field. */
    record NumberCount(int stated, int carried, List<String> missing) {
    }

    static NumberCount numbers(String original, Set<String> abstractNumbers, String english) {
        Set<String> englishNumbers = english.isBlank() ? Set.of() : Grounding.statedNumbers(english);
        Set<String> seen = new HashSet<>();
        int stated = 0;
        int carried = 0;
        List<String> missing = new ArrayList<>();
        for (Grounding.Num n : Grounding.factualNumbers(original)) {
            if (!seen.add(n.value()) || !anyIn(n.values(), abstractNumbers)) {
                continue;
            }
            stated++;
            if (anyIn(n.values(), englishNumbers)) {
                carried++;
            } else {
                missing.add(n.written());
            }
        }
        return new NumberCount(stated, carried, missing);
    }

    private static boolean anyIn(Collection<String> values, Set<String> in) {
        for (String v : values) {
            if (in.contains(v)) {
                return true;
            }
        }
        return false;
    }

    /** A sentence two fields share (see the class comment), or null. */
    String sharedSentence(Map<FieldName, String> fields) {
        List<FieldName> names = new ArrayList<>(fields.keySet());
        Map<FieldName, List<String>> sentences = new EnumMap<>(FieldName.class);
        for (FieldName name : names) {
            List<String> folded = new ArrayList<>();
            for (String s : splitter.split(fields.get(name))) {
                String f = fold(s);
                if (!f.isEmpty()) {
                    folded.add(f);
                }
            }
            sentences.put(name, folded);
        }
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                for (String a : sentences.get(names.get(i))) {
                    for (String b : sentences.get(names.get(j))) {
                        if (same(a, b)) {
                            return names.get(i).key() + " and " + names.get(j).key() + ": \"" + (a.length() <= b.length() ? a : b) + "\"";
                        }
                    }
                }
            }
        }
        // a sentence stands whole in one field and lends a clause to one more ("X ...; it improves accuracy by
        // 23%"): the same words in a third field are the clause lent twice
        Map<String, Set<FieldName>> runs = new java.util.HashMap<>();
        for (FieldName name : names) {
            for (String f : sentences.get(name)) {
                String[] w = f.split(" ");
                for (int k = 0; k + LENT_RUN_WORDS <= w.length; k++) {
                    String run = String.join(" ", java.util.Arrays.copyOfRange(w, k, k + LENT_RUN_WORDS));
                    Set<FieldName> in = runs.computeIfAbsent(run, r -> EnumSet.noneOf(FieldName.class));
                    in.add(name);
                    if (in.size() >= 3) {
                        return in + ": \"" + run + " ...\" in three fields";
                    }
                }
            }
        }
        return null;
    }

    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.split(" ").length >= MIN_CONTAINED_WORDS && (" " + longer + " ").contains(" " + shorter + " ");
    }

    static String fold(String sentence) {
        return NOT_WORD.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
