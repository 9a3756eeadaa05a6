package dockerfilels.semantics;

import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The stages of a Dockerfile, and the global ARGs declared before the first FROM. */
public final class Stages {
    private final List<Instruction> globalArgs;
    private final List<Stage> stages;
    /** Stages by lower-cased name, in order (a name may be used twice). */
    private final java.util.Map<String, List<Stage>> byName = new java.util.HashMap<>();

    private Stages(List<Instruction> globalArgs, List<Stage> stages) {
        this.globalArgs = globalArgs;
        this.stages = stages;
        for (Stage stage : stages) {
            if (stage.name() != null) {
                byName.computeIfAbsent(stage.name(), n -> new ArrayList<>()).add(stage);
            }
        }
    }

    public static Stages of(Dockerfile model) {
        List<Instruction> globals = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        // A stage's body is a view of the model's (immutable) list: no copy per stage on every lint.
        List<Instruction> all = model.instructions();
        int from = -1;
        for (int i = 0; i < all.size(); i++) {
            Instruction instruction = all.get(i);
            if (instruction.is(Keyword.FROM)) {
                if (from >= 0) {
                    stages.add(stage(stages.size(), all.get(from), all.subList(from + 1, i)));
                }
                from = i;
            } else if (from < 0 && instruction.is(Keyword.ARG)) {
                globals.add(instruction);
            }
        }
        if (from >= 0) {
            stages.add(stage(stages.size(), all.get(from), all.subList(from + 1, all.size())));
        }
        return new Stages(Collections.unmodifiableList(globals), Collections.unmodifiableList(stages));
    }

    private static Stage stage(int index, Instruction from, List<Instruction> body) {
        List<Word> args = from.arguments();
        Word base = args.isEmpty() ? null : args.get(0);
        Word name = args.size() == 3 && args.get(1).text().equalsIgnoreCase("as") ? args.get(2) : null;
        return new Stage(index, from, base, name, body);
    }

    /** ARG instructions before the first FROM (BuildKit's meta args). */
    public List<Instruction> globalArgs() {
        return globalArgs;
    }

    public List<Stage> all() {
        return stages;
    }

    /** The stage named {@code name} (any case) defined before stage {@code before}, or null. */
    public Stage named(String name, int before) {
        Stage found = null;
        for (Stage stage : byName.getOrDefault(dockerfilels.syntax.GoText.toLower(name), List.of())) {
            if (stage.index() >= before) {
                break;
            }
            found = stage;
        }
        return found;
    }

    /** The last stage named {@code name} (any case): BuildKit keys stages by name, a later one wins. */
    public Stage lastNamed(String name) {
        List<Stage> named = byName.get(dockerfilels.syntax.GoText.toLower(name));
        return named == null ? null : named.get(named.size() - 1);
    }

    /** The stage an instruction belongs to, or null for the instructions before the first FROM. */
    public Stage stageOf(Instruction instruction) {
        // Stages are in line order: the last one whose FROM starts at or before the instruction.
        int low = 0;
        int high = stages.size() - 1;
        Stage found = null;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Stage stage = stages.get(middle);
            if (stage.from().startLine() <= instruction.startLine()) {
                found = stage;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
