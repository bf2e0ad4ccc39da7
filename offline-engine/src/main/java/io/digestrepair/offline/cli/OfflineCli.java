package io.digestrepair.offline.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The offline engine's command line: {@code eval-roles FILE}, {@code train [...]}, {@code bench [DIR]},
 * {@code summarize [FILE]}. Exit status 0 on success, 1 on failure, 2 on a usage error.
 */
public final class OfflineCli {

    private OfflineCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(usage());
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "eval-roles" -> EvalRolesCommand.run(rest, out, err);
                case "train" -> TrainCommand.run(rest, out, err);
                case "bench" -> BenchCommand.run(rest, out, err);
                case "summarize" -> SummarizeCommand.run(rest, out, err);
                case "-h", "--help", "help" -> {
                    out.print(usage());
                    yield 0;
                }
                default -> {
                    err.println("unknown command: " + args[0]);
                    err.print(usage());
                    yield 2;
                }
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.print(usage());
            return 2;
        } catch (Exception e) {
            err.println(args[0] + " failed: " + e);
            return 1;
        }
    }

    static String usage() {
        return """
                usage: offline-engine COMMAND
                  eval-roles FILE                 role accuracy on a CSAbstruct-format JSON Lines file
                  train [--train FILE] [--dev FILE] [--out FILE]
                                                  train the role model (defaults: ../shared/data/csabstruct,
                                                  offline-engine/src/main/resources/.../role-model.bin)
                  bench [DIR] [--runs N] [--originals none|translated]
                                                  ms per abstract over the Abstract: paragraphs of DIR/*.md
                                                  (default ../shared/corpus/daily-arxiv-ai-enhanced/md);
                                                  translated: with the fields to translate, as a repair
                  summarize [FILE]                the five fields of the abstract in FILE (or stdin), as JSON
                """;
    }

    /** A command line the command cannot make sense of. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
