package io.digestrepair.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Markdown a run appends to a job summary. GitHub Actions renders the file named by
 * {@code $GITHUB_STEP_SUMMARY} (GitHub Flavored Markdown, appended to by each step) on the run's
 * page: docs.github.com, "Workflow commands for GitHub Actions", "Adding a job summary".
 */
final class JobSummary {

    private JobSummary() {
    }

    static void append(Path file, List<FileOutcome> outcomes) throws IOException {
        Files.writeString(file, render(outcomes), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    static String render(List<FileOutcome> outcomes) {
        int papers = 0;
        int repaired = 0;
        int restored = 0;
        int left = 0;
        long tokensIn = 0;
        long tokensOut = 0;
        boolean tokensKnown = false;
        double cost = 0;
        boolean costKnown = false;
        Map<String, Integer> engines = new TreeMap<>();
        StringBuilder refusals = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        for (FileOutcome o : outcomes) {
            if (o.refused() != null) {
                rows.append("| `").append(fileName(o)).append("` | - | - | - | - | not repaired: ").append(cell(o.refused())).append(" |\n");
                continue;
            }
            papers += o.papers();
            repaired += o.repaired();
            restored += o.restored();
            left += o.left();
            o.engines().forEach((engine, n) -> engines.merge(engine, n, Integer::sum));
            JobStatus job = o.job();
            if (job != null) {
                if (job.tokensIn() >= 0 || job.tokensOut() >= 0) {
                    tokensKnown = true;
                    tokensIn += Math.max(job.tokensIn(), 0);
                    tokensOut += Math.max(job.tokensOut(), 0);
                }
                if (!Double.isNaN(job.cost())) {
                    costKnown = true;
                    cost += job.cost();
                }
                if (job.llmRefused() && refusals.indexOf(job.llmReason()) < 0) {
                    refusals.append("> **The LLM provider refused**").append(job.llmState() == null ? "" : " (" + job.llmState() + ")")
                            .append(": ").append(job.llmReason().strip()).append("\n");
                }
            }
            String file = o.written() == null ? "untouched" : o.unchanged() ? "unchanged" : "rewritten";
            rows.append("| `").append(fileName(o)).append("` | ").append(o.papers()).append(" | ").append(o.repaired())
                    .append(" | ").append(o.restored()).append(" | ").append(o.left()).append(" | ").append(file).append(" |\n");
        }
        StringBuilder md = new StringBuilder("### digest-repair\n\n");
        md.append(left == 0 ? "All papers are usable.\n\n" : "**" + left + " paper(s) could not be repaired.**\n\n");
        md.append("| | |\n| --- | --- |\n");
        md.append("| papers checked | ").append(papers).append(" |\n");
        md.append("| repaired | ").append(repaired).append(engines.isEmpty() ? "" : " (" + byEngine(engines) + ")").append(" |\n");
        md.append("| restored | ").append(restored).append(" |\n");
        md.append("| left unrepaired | ").append(left).append(" |\n");
        md.append("| tokens (in / out) | ").append(tokensKnown ? tokensIn + " / " + tokensOut : "not reported").append(" |\n");
        md.append("| estimated cost | ").append(costKnown ? String.format(Locale.ROOT, "%.4f", cost) : "not reported").append(" |\n\n");
        if (!refusals.isEmpty()) {
            md.append(refusals).append('\n');
        }
        md.append("| file | papers | repaired | restored | left | file on disk |\n| --- | --- | --- | --- | --- | --- |\n");
        md.append(rows).append('\n');
        return md.toString();
    }

    private static String byEngine(Map<String, Integer> engines) {
        StringBuilder s = new StringBuilder();
        engines.forEach((engine, n) -> s.append(s.isEmpty() ? "" : ", ").append(engine).append(": ").append(n));
        return s.toString();
    }

    private static String fileName(FileOutcome o) {
        return o.path().getFileName() == null ? o.path().toString() : o.path().getFileName().toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
