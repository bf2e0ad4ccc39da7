package io.digestrepair.offline.role;

import java.util.List;
import java.util.Locale;

/** Sentence-level scores of predicted roles against gold roles: per-role P/R/F1, accuracy, macro F1. */
public final class RoleEvaluation {

    private static final int L = Role.COUNT;

    /** {@code confusion[gold][predicted]}. */
    private final long[][] confusion = new long[L][L];

    public static RoleEvaluation of(RoleTagger tagger, List<LabeledAbstract> data) {
        RoleEvaluation e = new RoleEvaluation();
        for (LabeledAbstract a : data) {
            e.add(a.roles(), tagger.roles(a.sentences()));
        }
        return e;
    }

    public void add(List<Role> gold, List<Role> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold roles, " + predicted.size() + " predicted");
        }
        for (int i = 0; i < gold.size(); i++) {
            confusion[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
        }
    }

    public long total() {
        long t = 0;
        for (long[] row : confusion) {
            for (long c : row) {
                t += c;
            }
        }
        return t;
    }

    public double accuracy() {
        long correct = 0;
        for (int y = 0; y < L; y++) {
            correct += confusion[y][y];
        }
        long total = total();
        return total == 0 ? 0 : (double) correct / total;
    }

    public long support(Role r) {
        long s = 0;
        for (long c : confusion[r.ordinal()]) {
            s += c;
        }
        return s;
    }

    public double precision(Role r) {
        long predicted = 0;
        for (int g = 0; g < L; g++) {
            predicted += confusion[g][r.ordinal()];
        }
        return predicted == 0 ? 0 : (double) confusion[r.ordinal()][r.ordinal()] / predicted;
    }

    public double recall(Role r) {
        long s = support(r);
        return s == 0 ? 0 : (double) confusion[r.ordinal()][r.ordinal()] / s;
    }

    public double f1(Role r) {
        double p = precision(r);
        double q = recall(r);
        return p + q == 0 ? 0 : 2 * p * q / (p + q);
    }

    /** Mean F1 over the roles that occur in the gold data. */
    public double macroF1() {
        double sum = 0;
        int present = 0;
        for (Role r : Role.values()) {
            if (support(r) > 0) {
                sum += f1(r);
                present++;
            }
        }
        return present == 0 ? 0 : sum / present;
    }

    /** Per-role precision, recall, F1 and support, the confusion matrix, then {@code accuracy=0.xxx macro_f1=0.xxx}. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-11s %9s %9s %9s %9s%n", "role", "precision", "recall", "f1", "support"));
        for (Role r : Role.values()) {
            b.append(String.format(Locale.ROOT, "%-11s %9.3f %9.3f %9.3f %9d%n",
                    r.label(), precision(r), recall(r), f1(r), support(r)));
        }
        b.append(String.format(Locale.ROOT, "%nconfusion (rows gold, columns predicted)%n%-11s", ""));
        for (Role r : Role.values()) {
            b.append(String.format(Locale.ROOT, " %10s", r.label()));
        }
        b.append(System.lineSeparator());
        for (Role g : Role.values()) {
            b.append(String.format(Locale.ROOT, "%-11s", g.label()));
            for (Role p : Role.values()) {
                b.append(String.format(Locale.ROOT, " %10d", confusion[g.ordinal()][p.ordinal()]));
            }
            b.append(System.lineSeparator());
        }
        b.append(String.format(Locale.ROOT, "%nsentences=%d%n", total()));
        b.append(summaryLine());
        return b.toString();
    }

    public String summaryLine() {
        return String.format(Locale.ROOT, "accuracy=%.3f macro_f1=%.3f", accuracy(), macroF1());
    }
}
