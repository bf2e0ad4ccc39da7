package io.digestrepair.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Re-repairs the fields the offline engine wrote, now that an LLM is configured: the gateway's
 * {@code POST /api/digests/{name}/repair?upgrade=offline} for the named digests, or all of them.
 */
@Command(name = "upgrade", mixinStandardHelpOptions = true, versionProvider = DigestRepairCli.Version.class,
        description = "Re-repair, with the summarizer's current engine, the fields the offline engine wrote.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every upgrade finished (or had nothing to do)", "1:a paper could not be upgraded",
                "2:wrong arguments", "3:the gateway failed or could not be reached"})
final class UpgradeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "digest names (default: every stored digest)")
    List<String> names = new ArrayList<>();

    @Option(names = "--gateway", paramLabel = "URL", description = "gateway base URL (default: $GATEWAY_URL or ${DEFAULT-VALUE})")
    URI gateway = URI.create(envOr("GATEWAY_URL", "http://localhost:8080"));

    @Option(names = "--token", paramLabel = "TOKEN", description = "API token (default: $GATEWAY_API_TOKEN)")
    String token = System.getenv("GATEWAY_API_TOKEN");

    @Option(names = "--timeout", paramLabel = "DURATION", description = "give up on a job after this long (default: ${DEFAULT-VALUE})")
    Duration timeout = Duration.ofHours(2);

    @Option(names = "--progress", paramLabel = "MODE", description = "auto, bars or lines (default: ${DEFAULT-VALUE})")
    Progress.Mode progress = Progress.Mode.AUTO;

    @Option(names = "--check", hidden = true)
    boolean checkOnly;

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    @Override
    public Integer call() {
        if (checkOnly) {
            return 0;
        }
        GatewayClient client = new GatewayClient(gateway, token);
        boolean all = true;
        try {
            List<String> targets = names.isEmpty() ? client.names() : names;
            if (targets.isEmpty()) {
                out.println("no digest is stored: nothing to upgrade");
            }
            for (String name : targets) {
                GatewayClient.Upgrade upgrade = client.upgradeOffline(name);
                if (upgrade.jobId().isEmpty()) {
                    out.println(name + ": nothing to upgrade" + (upgrade.skipped() == null ? "" : " (" + upgrade.skipped() + ")"));
                    continue;
                }
                JobStatus job = await(client, upgrade.jobId().get(), name);
                int repaired = Math.max(job.done() - job.failed(), 0);
                out.println(name + ": " + repaired + " papers upgraded" + (job.failed() > 0 ? ", " + job.failed() + " NOT upgraded" : "")
                        + ("DONE".equals(job.state()) ? "" : ", job " + job.state()) + "  " + client.base().resolve("/digests/" + name));
                all &= job.succeeded();
            }
        } catch (GatewayException e) {
            err.println("digest-repair: " + e.getMessage());
            return RepairCommand.EXIT_GATEWAY;
        }
        return all ? 0 : RepairCommand.EXIT_UNREPAIRED;
    }

    private JobStatus await(GatewayClient client, String jobId, String name) throws GatewayException {
        Instant deadline = Instant.now().plus(timeout);
        JobStatus job = client.job(jobId);
        try (Progress bar = Progress.start(progress, name, job.total(), err)) {
            while (true) {
                bar.update(job.done(), job.total());
                if (job.finished()) {
                    return job;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new GatewayException("job " + jobId + " for " + name + " still " + job.state() + " after " + timeout);
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new GatewayException("interrupted");
                }
                job = client.job(jobId);
            }
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
