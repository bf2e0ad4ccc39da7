package io.digestrepair.offline.role;

/**
 * Inference on a linear chain of sentences: per-sentence label scores plus label-to-label
 * transition scores, with scores for the first and the last label of an abstract.
 * All scores are in log space. Stateless.
 */
final class ChainDecoder {

    private ChainDecoder() {
    }

    /** The best label sequence. {@code emit[i][y]}; {@code trans[a * L + b]} scores a followed by b. */
    static int[] viterbi(double[][] emit, double[] trans, double[] start, double[] end) {
        int n = emit.length;
        int labels = start.length;
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        double[] score = new double[labels];
        double[] next = new double[labels];
        int[][] back = new int[n][labels];
        for (int y = 0; y < labels; y++) {
            score[y] = start[y] + emit[0][y];
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < labels; y++) {
                double top = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < labels; p++) {
                    double s = score[p] + trans[p * labels + y];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                next[y] = top + emit[i][y];
                back[i][y] = arg;
            }
            double[] t = score;
            score = next;
            next = t;
        }
        double top = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < labels; y++) {
            double s = score[y] + end[y];
            if (s > top) {
                top = s;
                best[n - 1] = y;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            best[i - 1] = back[i][best[i]];
        }
        return best;
    }

    /** Forward-backward results: log partition, per-sentence label marginals. */
    record Marginals(double logZ, double[][] node, double[][] alpha, double[][] beta) {
    }

    static Marginals forwardBackward(double[][] emit, double[] trans, double[] start, double[] end) {
        int n = emit.length;
        int labels = start.length;
        double[][] alpha = new double[n][labels];
        double[][] beta = new double[n][labels];
        double[] tmp = new double[labels];
        for (int y = 0; y < labels; y++) {
            alpha[0][y] = start[y] + emit[0][y];
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < labels; y++) {
                for (int p = 0; p < labels; p++) {
                    tmp[p] = alpha[i - 1][p] + trans[p * labels + y];
                }
                alpha[i][y] = logSumExp(tmp) + emit[i][y];
            }
        }
        for (int y = 0; y < labels; y++) {
            beta[n - 1][y] = end[y];
        }
        for (int i = n - 2; i >= 0; i--) {
            for (int y = 0; y < labels; y++) {
                for (int q = 0; q < labels; q++) {
                    tmp[q] = trans[y * labels + q] + emit[i + 1][q] + beta[i + 1][q];
                }
                beta[i][y] = logSumExp(tmp);
            }
        }
        for (int y = 0; y < labels; y++) {
            tmp[y] = alpha[n - 1][y] + end[y];
        }
        double logZ = logSumExp(tmp);
        double[][] node = new double[n][labels];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < labels; y++) {
                node[i][y] = Math.exp(alpha[i][y] + beta[i][y] - logZ);
            }
        }
        return new Marginals(logZ, node, alpha, beta);
    }

    static double logSumExp(double[] v) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            max = Math.max(max, x);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double x : v) {
            sum += Math.exp(x - max);
        }
        return max + Math.log(sum);
    }
}
