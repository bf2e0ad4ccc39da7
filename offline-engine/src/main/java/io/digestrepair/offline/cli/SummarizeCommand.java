package io.digestrepair.offline.cli;

import java.io.PrintStream;

final class SummarizeCommand {
    private SummarizeCommand() {
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        return 1;
    }
}
