package io.digestrepair.offline.role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Trains the role model as a linear-chain CRF: maximum conditional likelihood of each abstract's
 * role sequence with an L2 penalty, by full-batch L-BFGS. Deterministic: no sampling, no
 * shuffling, so the same data and options always give the same model.
 */
public final class CrfTrainer {

    private static final int L = Role.COUNT;
    private static final int LL = L * L;

    /**
     * @param l2                 penalty on the squared weights; strong, because CSAbstruct's labels are noisy
     * @param minCount           features seen in fewer training sentences are dropped
     * @param maxIterations      L-BFGS iterations at most
     * @param weightByConfidence weigh each abstract by its annotators' mean agreement
     * @param prune              features whose weights differ across roles by less than this are dropped
     */
    public record Options(double l2, int minCount, int maxIterations, boolean weightByConfidence, double prune) {

        /** The settings chosen on the dev split. */
        public static Options defaults() {
            return new Options(15.0, 2, 400, true, 0.05);
        }
    }

    private final Options options;
    private final FeatureExtractor extractor;
    private final Consumer<String> log;

    public CrfTrainer(Options options, Consumer<String> log) {
        this.options = options;
        this.extractor = new FeatureExtractor();
        this.log = log;
    }

    public RoleModel train(List<LabeledAbstract> data) {
        List<long[][]> raw = new ArrayList<>(data.size());
        Map<Long, Integer> counts = new HashMap<>();
        for (LabeledAbstract a : data) {
            long[][] f = extractor.extract(a.sentences());
            raw.add(f);
            for (long[] sentence : f) {
                for (long k : sentence) {
                    counts.merge(k, 1, Integer::sum);
                }
            }
        }
        long[] keys = counts.entrySet().stream()
                .filter(e -> e.getValue() >= options.minCount())
                .mapToLong(Map.Entry::getKey)
                .sorted()
                .toArray();
        log.accept("features: " + counts.size() + " seen, " + keys.length + " kept (min count " + options.minCount() + ")");

        List<Sequence> sequences = new ArrayList<>(data.size());
        for (int a = 0; a < data.size(); a++) {
            LabeledAbstract abs = data.get(a);
            if (abs.size() == 0) {
                continue;
            }
            int[][] idx = new int[abs.size()][];
            for (int i = 0; i < abs.size(); i++) {
                idx[i] = Arrays.stream(raw.get(a)[i]).mapToInt(k -> Arrays.binarySearch(keys, k)).filter(f -> f >= 0).toArray();
            }
            int[] gold = abs.roles().stream().mapToInt(Role::ordinal).toArray();
            double weight = options.weightByConfidence() ? Arrays.stream(abs.confidences()).average().orElse(1.0) : 1.0;
            sequences.add(new Sequence(idx, gold, weight));
        }

        int emitSize = keys.length * L;
        double[] theta = new double[emitSize + LL + 2 * L];
        Lbfgs lbfgs = new Lbfgs(10, options.maxIterations(), 1e-6);
        double loss = lbfgs.minimize((x, g) -> objective(sequences, emitSize, x, g), theta, (it, value, norm) -> {
            if (it % 25 == 0) {
                log.accept(String.format("iteration %d: loss %.3f, |gradient| %.4f", it, value, norm));
            }
        });
        log.accept(String.format("trained: loss %.3f", loss));

        // a feature's weights matter only by how they differ across roles (every role of a sentence gets
        // the same shift otherwise): centre them, and drop the features whose differences are negligible
        long[] keptKeys = new long[keys.length];
        float[] weights = new float[emitSize];
        int kept = 0;
        for (int f = 0; f < keys.length; f++) {
            double mean = 0;
            for (int y = 0; y < L; y++) {
                mean += theta[f * L + y] / L;
            }
            double spread = 0;
            for (int y = 0; y < L; y++) {
                spread = Math.max(spread, Math.abs(theta[f * L + y] - mean));
            }
            if (spread < options.prune()) {
                continue;
            }
            for (int y = 0; y < L; y++) {
                weights[kept * L + y] = (float) (theta[f * L + y] - mean);
            }
            keptKeys[kept++] = keys[f];
        }
        log.accept("features in the model: " + kept + " (those whose weights spread less than " + options.prune() + " dropped)");
        return new RoleModel(FeatureExtractor.VERSION, Arrays.copyOf(keptKeys, kept), Arrays.copyOf(weights, kept * L),
                Arrays.copyOfRange(theta, emitSize, emitSize + LL),
                Arrays.copyOfRange(theta, emitSize + LL, emitSize + LL + L),
                Arrays.copyOfRange(theta, emitSize + LL + L, emitSize + LL + 2 * L));
    }

    /** One training abstract: dense feature indices per sentence, gold roles, weight. */
    private record Sequence(int[][] features, int[] gold, double weight) {
    }

    /** Weighted negative log-likelihood plus the L2 penalty, and its gradient. */
    private double objective(List<Sequence> data, int emitSize, double[] x, double[] g) {
        Arrays.fill(g, 0);
        int transAt = emitSize;
        int startAt = emitSize + LL;
        int endAt = startAt + L;
        double[] trans = Arrays.copyOfRange(x, transAt, transAt + LL);
        double[] start = Arrays.copyOfRange(x, startAt, startAt + L);
        double[] end = Arrays.copyOfRange(x, endAt, endAt + L);
        double loss = 0;
        for (Sequence s : data) {
            int n = s.gold().length;
            double[][] emit = new double[n][L];
            for (int i = 0; i < n; i++) {
                for (int f : s.features()[i]) {
                    int base = f * L;
                    for (int y = 0; y < L; y++) {
                        emit[i][y] += x[base + y];
                    }
                }
            }
            ChainDecoder.Marginals m = ChainDecoder.forwardBackward(emit, trans, start, end);
            int[] y = s.gold();
            double gold = start[y[0]] + end[y[n - 1]];
            for (int i = 0; i < n; i++) {
                gold += emit[i][y[i]];
                if (i > 0) {
                    gold += trans[y[i - 1] * L + y[i]];
                }
            }
            double w = s.weight();
            loss += w * (m.logZ() - gold);

            // gradient: expected feature counts under the model minus observed counts
            for (int i = 0; i < n; i++) {
                double[] p = m.node()[i];
                for (int f : s.features()[i]) {
                    int base = f * L;
                    for (int k = 0; k < L; k++) {
                        g[base + k] += w * p[k];
                    }
                    g[base + y[i]] -= w;
                }
            }
            for (int k = 0; k < L; k++) {
                g[startAt + k] += w * m.node()[0][k];
                g[endAt + k] += w * m.node()[n - 1][k];
            }
            g[startAt + y[0]] -= w;
            g[endAt + y[n - 1]] -= w;
            for (int i = 1; i < n; i++) {
                for (int a = 0; a < L; a++) {
                    for (int b = 0; b < L; b++) {
                        double pair = Math.exp(m.alpha()[i - 1][a] + trans[a * L + b] + emit[i][b] + m.beta()[i][b] - m.logZ());
                        g[transAt + a * L + b] += w * pair;
                    }
                }
                g[transAt + y[i - 1] * L + y[i]] -= w;
            }
        }
        double l2 = options.l2();
        for (int i = 0; i < x.length; i++) {
            loss += 0.5 * l2 * x[i] * x[i];
            g[i] += l2 * x[i];
        }
        return loss;
    }
}
