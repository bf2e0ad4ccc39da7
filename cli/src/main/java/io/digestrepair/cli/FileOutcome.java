package io.digestrepair.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened to one file of a {@code repair} run, for the summary line and the job summary.
 *
 * @param refused   why the file was not repaired at all (unreadable, not a digest), or null
 * @param engines   repaired papers per engine ({@code openai}, {@code offline}, {@code openai+offline}, ...)
 * @param restored  papers restored from the crawl
 * @param written   where the repaired bytes went, null when nothing was written
 * @param unchanged the target already held those bytes (in place: nothing needed repair)
 */
record FileOutcome(Path path, String name, int papers, JobStatus job, String refused, Map<String, Integer> engines,
                   int restored, Path written, boolean unchanged) {

    static FileOutcome refused(Path path, String reason) {
        return new FileOutcome(path, path.getFileName() == null ? path.toString() : path.getFileName().toString(),
                0, null, reason, Map.of(), 0, null, false);
    }

    int left() {
        if (refused != null) {
            return 0;
        }
        if (job == null) {
            return 0;
        }
        // a job that did not finish repaired nothing it had not reported as done
        return "DONE".equals(job.state()) ? job.failed() : Math.max(job.total() - repaired(), job.failed());
    }

    /** The job's {@code done} counts every finished paper, its {@code failed} ones included. */
    int repaired() {
        return job == null ? 0 : Math.max(job.done() - job.failed(), 0);
    }

    /** Counts, per engine, the papers the digest's view shows as repaired; RESTORED papers apart. */
    static Counts count(JsonNode digest) {
        Map<String, Integer> engines = new TreeMap<>();
        int restored = 0;
        for (JsonNode paper : digest.path("papers")) {
            String status = paper.path("status").asText("");
            if ("RESTORED".equals(status)) {
                restored++;
                continue;
            }
            if (!"REPAIRED".equals(status)) {
                continue;
            }
            TreeMap<String, Boolean> used = new TreeMap<>();
            for (JsonNode field : paper.path("fields")) {
                String engine = field.path("provenance").path("engine").asText("");
                if (field.path("repaired").asBoolean() && !engine.isEmpty()) {
                    used.put(engine, true);
                }
            }
            engines.merge(used.isEmpty() ? "unknown" : String.join("+", used.keySet()), 1, Integer::sum);
        }
        return new Counts(engines, restored);
    }

    record Counts(Map<String, Integer> engines, int restored) {
    }
}
