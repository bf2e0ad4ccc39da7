package io.digestrepair.offline.role;

import io.digestrepair.offline.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The observations the role model scores: a sentence's words, stems and word pairs, how it
 * opens, where it sits in the abstract, how its neighbours open, and where it sits relative to
 * the abstract's first self-reference ("we", "this paper") and first report of findings.
 * Thread-safe.
 */
public final class FeatureExtractor {

    /** Changes whenever the features change, so a model never meets features it was not trained on. */
    public static final String VERSION = "roles-features-2";

    private static final String START = "<s>";
    private static final String END = "</s>";
    private static final int ABSENT = 9;

    /** Words of papers speaking of themselves: what precedes the first of them is background. */
    private static final Set<String> SELF = Set.of("we", "our", "us");
    private static final Set<String> SELF_NOUNS = Set.of("paper", "study", "work", "article", "thesis", "letter", "chapter");
    /** Words that open the report of findings: what follows the first of them leans to results. */
    private static final Set<String> FINDINGS = Set.of(
            "results", "experiments", "experimental", "evaluation", "outperforms", "outperform", "show", "shows",
            "demonstrate", "demonstrates", "achieves", "achieve", "findings", "reveal", "reveals");

    public FeatureExtractor() {
    }

    /** One sorted, duplicate-free feature array per sentence. */
    public long[][] extract(List<String> sentences) {
        int n = sentences.size();
        List<List<String>> tokens = new ArrayList<>(n);
        for (String s : sentences) {
            tokens.add(Tokenizer.tokens(s));
        }
        int self = -1;
        int findings = -1;
        for (int i = 0; i < n; i++) {
            List<String> t = tokens.get(i);
            if (self < 0 && speaksOfItself(t)) {
                self = i;
            }
            // the first sentence is never the report of findings, however it is worded
            if (findings < 0 && i > 0 && containsAny(t, FINDINGS)) {
                findings = i;
            }
        }
        long[][] out = new long[n][];
        Sink sink = new Sink();
        for (int i = 0; i < n; i++) {
            sink.clear();
            sentence(tokens.get(i), i, n, sink);
            neighbour("p", i > 0 ? tokens.get(i - 1) : null, sink);
            neighbour("n", i + 1 < n ? tokens.get(i + 1) : null, sink);
            sink.add("self", self < 0 ? ABSENT : clamp(i - self, 3));
            sink.add("findings", findings < 0 ? ABSENT : clamp(i - findings, 3));
            out[i] = sink.sortedUnique();
        }
        return out;
    }

    private void sentence(List<String> t, int i, int n, Sink sink) {
        sink.add("bias");
        String prev = START;
        for (String w : t) {
            sink.add("w", w);
            sink.add("s", stem(w));
            sink.add("b", prev, w);
            prev = w;
        }
        sink.add("b", prev, END);
        String f1 = t.isEmpty() ? END : t.get(0);
        String f2 = t.size() < 2 ? END : t.get(1);
        String f3 = t.size() < 3 ? END : t.get(2);
        sink.add("f1", f1);
        sink.add("f2", f1, f2);
        sink.add("f3", f1 + ' ' + f2, f3);

        int rel = n <= 1 ? 0 : (int) Math.floor(5.0 * i / n);
        sink.add("pos", Math.min(i, 6));
        sink.add("rev", Math.min(n - 1 - i, 6));
        sink.add("rel", rel);
        sink.add("rel.f1", rel, f1);
        sink.add("rel.f2", rel, f1 + ' ' + f2);
        if (i == 0) {
            sink.add("first");
        }
        if (i == n - 1) {
            sink.add("last");
        }
        int len = t.size();
        sink.add("len", len < 6 ? 0 : len < 12 ? 1 : len < 20 ? 2 : len < 30 ? 3 : len < 45 ? 4 : 5);
    }

    private void neighbour(String side, List<String> t, Sink sink) {
        if (t == null) {
            sink.add(side + ".none");
            return;
        }
        String f1 = t.isEmpty() ? END : t.get(0);
        String f2 = t.size() < 2 ? END : t.get(1);
        sink.add(side + ".f1", f1);
        sink.add(side + ".f2", f1, f2);
    }

    private static boolean speaksOfItself(List<String> t) {
        if (containsAny(t, SELF)) {
            return true;
        }
        for (int k = 1; k < t.size(); k++) {
            if (t.get(k - 1).equals("this") && SELF_NOUNS.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(List<String> t, Set<String> words) {
        for (String w : t) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int clamp(int v, int limit) {
        return Math.max(-limit, Math.min(limit, v));
    }

    /** A light stemmer: enough to let "proposed", "proposes" and "proposing" share evidence. */
    static String stem(String w) {
        int n = w.length();
        if (n > 5 && w.endsWith("ing")) {
            return w.substring(0, n - 3);
        }
        if (n > 4 && w.endsWith("ed")) {
            return w.substring(0, n - 2);
        }
        if (n > 4 && w.endsWith("es")) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** Collects one sentence's feature hashes. */
    private final class Sink {
        private long[] buf = new long[256];
        private int size;

        void clear() {
            size = 0;
        }

        void add(String template) {
            push(FeatureHash.of(template));
        }

        void add(String template, String value) {
            push(FeatureHash.of(template, value));
        }

        void add(String template, String a, String b) {
            push(FeatureHash.of(template, a, b));
        }

        void add(String template, int value) {
            push(FeatureHash.of(template, value));
        }

        void add(String template, int value, String b) {
            push(FeatureHash.of(template, value, b));
        }

        private void push(long h) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, size * 2);
            }
            buf[size++] = h;
        }

        long[] sortedUnique() {
            long[] a = Arrays.copyOf(buf, size);
            Arrays.sort(a);
            int k = 0;
            for (int i = 0; i < a.length; i++) {
                if (k == 0 || a[i] != a[k - 1]) {
                    a[k++] = a[i];
                }
            }
            return k == a.length ? a : Arrays.copyOf(a, k);
        }
    }
}
