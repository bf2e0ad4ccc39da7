package io.digestrepair.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the Java half of {@code ./digest-repair}; the shell half builds and starts the services. */
@Command(name = "digest-repair", mixinStandardHelpOptions = true, subcommands = RepairCommand.class,
        description = "Command-line client of the digest-repair gateway.")
public final class DigestRepairCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new DigestRepairCli());
    }
}
