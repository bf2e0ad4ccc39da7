package io.digestrepair.offline.cli;

import io.digestrepair.core.SharedData;
import io.digestrepair.offline.role.CrfTrainer;
import io.digestrepair.offline.role.CsAbstruct;
import io.digestrepair.offline.role.LabeledAbstract;
import io.digestrepair.offline.role.RoleEvaluation;
import io.digestrepair.offline.role.RoleModel;
import io.digestrepair.offline.role.RoleTagger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code train [--train FILE] [--dev FILE] [--out FILE] [--l2 X] [--min-count N] [--iterations N]}:
 * fits the role model on the training split, reports it on dev, writes it.
 */
final class TrainCommand {

    /** The model's place in the sources, so a trained model is committed and bundled by the next build. */
    static final String DEFAULT_OUT = "offline-engine/src/main/resources" + RoleModel.RESOURCE;

    private TrainCommand() {
    }

    static int run(String[] argv, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(argv, Set.of("train", "dev", "out", "l2", "min-count", "iterations", "confidence", "prune"));
        Path trainFile = SharedData.require(Path.of(args.get("train", SharedData.csabstruct().resolve("train.jsonl").toString())));
        Path devFile = SharedData.require(Path.of(args.get("dev", SharedData.csabstruct().resolve("dev.jsonl").toString())));
        Path outFile = Path.of(args.get("out", SharedData.projectRoot().resolve(DEFAULT_OUT).toString()));
        CrfTrainer.Options defaults = CrfTrainer.Options.defaults();
        CrfTrainer.Options options = new CrfTrainer.Options(
                args.getDouble("l2", defaults.l2()),
                args.getInt("min-count", defaults.minCount()),
                args.getInt("iterations", defaults.maxIterations()),
                Boolean.parseBoolean(args.get("confidence", String.valueOf(defaults.weightByConfidence()))),
                args.getDouble("prune", defaults.prune()));

        List<LabeledAbstract> train = CsAbstruct.read(trainFile);
        List<LabeledAbstract> dev = CsAbstruct.read(devFile);
        out.println("train: " + train.size() + " abstracts from " + trainFile);
        out.println("options: " + options);
        long t0 = System.nanoTime();
        RoleModel model = new CrfTrainer(options, out::println).train(train);
        out.printf("trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        Path parent = outFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream o = Files.newOutputStream(outFile)) {
            model.write(o);
        }
        out.println("model: " + outFile + " (" + Files.size(outFile) + " bytes on disk, "
                + model.featureCount() + " features, " + model.heapBytes() + " bytes of weights in memory)");
        out.println("dev: " + dev.size() + " abstracts from " + devFile);
        out.println(RoleEvaluation.of(new RoleTagger(model), dev).report());
        return 0;
    }
}
