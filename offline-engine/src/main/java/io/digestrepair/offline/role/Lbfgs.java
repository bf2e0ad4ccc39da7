package io.digestrepair.offline.role;

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search: full-batch and free of
 * randomness, so the same data always gives the same model.
 */
final class Lbfgs {

    /** A differentiable objective: writes the gradient at {@code x} into {@code grad}, returns the value. */
    interface Objective {
        double evaluate(double[] x, double[] grad);
    }

    /** Progress, once per iteration (iteration, value, gradient norm). */
    interface Listener {
        void iteration(int iteration, double value, double gradientNorm);
    }

    private final int memory;
    private final int maxIterations;
    private final double tolerance;

    Lbfgs(int memory, int maxIterations, double tolerance) {
        this.memory = memory;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** Minimises from {@code x} in place; returns the last value. */
    double minimize(Objective f, double[] x, Listener listener) {
        int dim = x.length;
        double[][] s = new double[memory][dim];
        double[][] y = new double[memory][dim];
        double[] rho = new double[memory];
        double[] alpha = new double[memory];
        double[] g = new double[dim];
        double[] gNew = new double[dim];
        double[] dir = new double[dim];
        double[] xNew = new double[dim];
        double value = f.evaluate(x, g);
        int stored = 0;
        int head = 0;
        int flat = 0;
        for (int iter = 1; iter <= maxIterations; iter++) {
            double gNorm = Math.sqrt(dot(g, g));
            if (gNorm < 1e-10) {
                break;
            }
            // two-loop recursion: dir = -H g
            for (int i = 0; i < dim; i++) {
                dir[i] = -g[i];
            }
            for (int k = 0; k < stored; k++) {
                int j = Math.floorMod(head - 1 - k, memory);
                alpha[j] = rho[j] * dot(s[j], dir);
                axpy(-alpha[j], y[j], dir);
            }
            if (stored > 0) {
                int last = Math.floorMod(head - 1, memory);
                double scale = dot(s[last], y[last]) / dot(y[last], y[last]);
                for (int i = 0; i < dim; i++) {
                    dir[i] *= scale;
                }
            }
            for (int k = stored - 1; k >= 0; k--) {
                int j = Math.floorMod(head - 1 - k, memory);
                double beta = rho[j] * dot(y[j], dir);
                axpy(alpha[j] - beta, s[j], dir);
            }
            double slope = dot(g, dir);
            if (slope >= 0) {
                // not a descent direction: restart from steepest descent
                stored = 0;
                for (int i = 0; i < dim; i++) {
                    dir[i] = -g[i];
                }
                slope = -gNorm * gNorm;
            }
            double step = stored == 0 ? 1.0 / Math.max(1.0, gNorm) : 1.0;
            double newValue = Double.NaN;
            boolean accepted = false;
            for (int tries = 0; tries < 40; tries++) {
                for (int i = 0; i < dim; i++) {
                    xNew[i] = x[i] + step * dir[i];
                }
                newValue = f.evaluate(xNew, gNew);
                if (newValue <= value + 1e-4 * step * slope) {
                    accepted = true;
                    break;
                }
                step *= 0.5;
            }
            if (!accepted) {
                break;
            }
            int j = head;
            double sy = 0;
            for (int i = 0; i < dim; i++) {
                s[j][i] = xNew[i] - x[i];
                y[j][i] = gNew[i] - g[i];
                sy += s[j][i] * y[j][i];
            }
            if (sy > 1e-12) {
                rho[j] = 1.0 / sy;
                head = (head + 1) % memory;
                stored = Math.min(stored + 1, memory);
            }
            double improvement = (value - newValue) / Math.max(1.0, Math.abs(value));
            System.arraycopy(xNew, 0, x, 0, dim);
            System.arraycopy(gNew, 0, g, 0, dim);
            value = newValue;
            if (listener != null) {
                listener.iteration(iter, value, Math.sqrt(dot(g, g)));
            }
            // one flat step can be a short line search; three in a row is convergence
            flat = improvement < tolerance ? flat + 1 : 0;
            if (flat >= 3) {
                break;
            }
        }
        return value;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }
}
