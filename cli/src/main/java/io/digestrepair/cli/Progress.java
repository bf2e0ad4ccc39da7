package io.digestrepair.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/**
 * How a job's progress is shown: a bar redrawn in place on a terminal; in a log (CI, a pipe, a
 * file) one plain line when the file starts, at most one per 10% and one at the end, because a
 * log keeps every carriage-return redraw and glues the last one to the next line.
 */
interface Progress extends AutoCloseable {

    /** {@code auto}: bars when standard output is a terminal. */
    enum Mode {
        AUTO, BARS, LINES;

        Mode resolve() {
            if (this != AUTO) {
                return this;
            }
            java.io.Console console = System.console();
            return console != null && console.isTerminal() ? BARS : LINES;
        }
    }

    void update(int finished, int total);

    @Override
    void close();

    static Progress start(Mode mode, String name, int total, PrintStream out) {
        return mode.resolve() == Mode.BARS ? new Bar(name, total) : new Lines(name, total, out);
    }

    final class Bar implements Progress {
        private final ProgressBar bar;

        Bar(String name, int total) {
            bar = new ProgressBarBuilder()
                    .setTaskName(name)
                    .setInitialMax(Math.max(total, 1))
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" papers", 1)
                    .setUpdateIntervalMillis(250)
                    // a long digest name must not squeeze the bar itself to nothing
                    .setMaxRenderedLength(Math.max(60, name.length() + 60))
                    .build();
        }

        @Override
        public void update(int finished, int total) {
            bar.maxHint(Math.max(total, 1));
            bar.stepTo(finished);
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    final class Lines implements Progress {
        private final String name;
        private final PrintStream out;
        private int total;
        private int lastDecile = 0;
        private int finished;

        Lines(String name, int total, PrintStream out) {
            this.name = name;
            this.total = total;
            this.out = out;
            out.println(name + ": repairing " + total + " papers");
        }

        @Override
        public void update(int finished, int total) {
            this.finished = finished;
            this.total = total;
            if (total <= 0 || finished >= total) {
                return;
            }
            int decile = finished * 10 / total;
            if (decile > lastDecile) {
                lastDecile = decile;
                out.println(name + ": " + finished + "/" + total + " papers (" + decile * 10 + "%)");
            }
        }

        @Override
        public void close() {
            out.println(name + ": " + finished + "/" + total + " papers done");
        }
    }
}
