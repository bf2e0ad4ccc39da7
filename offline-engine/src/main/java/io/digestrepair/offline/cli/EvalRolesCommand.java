package io.digestrepair.offline.cli;

import io.digestrepair.offline.role.CsAbstruct;
import io.digestrepair.offline.role.RoleEvaluation;
import io.digestrepair.offline.role.RoleModel;
import io.digestrepair.offline.role.RoleTagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code eval-roles FILE [--model FILE]}: per-role F1, then {@code accuracy=0.xxx macro_f1=0.xxx}. */
final class EvalRolesCommand {

    private EvalRolesCommand() {
    }

    static int run(String[] argv, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(argv, Set.of("model"));
        if (args.positional().size() != 1) {
            throw new OfflineCli.UsageException("eval-roles needs one FILE");
        }
        Path file = Path.of(args.positional().getFirst());
        if (!Files.isRegularFile(file)) {
            err.println("no such file: " + file);
            return 1;
        }
        RoleModel model;
        String modelFile = args.get("model", null);
        if (modelFile == null) {
            model = RoleModel.bundled();
        } else {
            try (InputStream in = Files.newInputStream(Path.of(modelFile))) {
                model = RoleModel.read(in);
            }
        }
        RoleEvaluation eval = RoleEvaluation.of(new RoleTagger(model), CsAbstruct.read(file));
        out.println(eval.report());
        return 0;
    }
}
