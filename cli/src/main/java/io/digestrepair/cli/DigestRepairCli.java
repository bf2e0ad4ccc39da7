package io.digestrepair.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Entry point of the Java half of {@code ./digest-repair}; the shell half builds and starts the services. */
@Command(name = "digest-repair", mixinStandardHelpOptions = true, versionProvider = DigestRepairCli.Version.class,
        subcommands = {RepairCommand.class, UpgradeCommand.class, CommandLine.HelpCommand.class},
        description = "Command-line client of the digest-repair gateway.")
public final class DigestRepairCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new DigestRepairCli()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** The version Maven packaged (the pom.properties every jar carries), so -V never prints nothing. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"digest-repair " + version()};
        }

        static String version() {
            try (InputStream in = DigestRepairCli.class.getResourceAsStream("/META-INF/maven/io.digestrepair/cli/pom.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    return p.getProperty("version", "unknown");
                }
            } catch (IOException e) {
                // fall through
            }
            String implementation = DigestRepairCli.class.getPackage().getImplementationVersion();
            return implementation == null ? "(development build)" : implementation;
        }
    }
}
