package dockerfilels.features.navigation;

import dockerfilels.semantics.Stage;
import dockerfilels.semantics.StageReferences;
import dockerfilels.semantics.Stages;
import dockerfilels.semantics.Variables;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.LineIndex;
import dockerfilels.syntax.TextPosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the navigation and structure features read of one document version: the text (for exact
 * columns), the parsed model, its stages, BuildKit's variable scopes and the references to stages,
 * computed once; the occurrences of names are computed when first asked for. Immutable, so the
 * server keeps one per document version and every request on it (a highlight on each cursor move)
 * shares it.
 */
public final class Model {
    private final String text;
    private final Dockerfile dockerfile;
    private final LineIndex lines;
    private final Stages stages;
    private final Variables variables;
    private final StageReferences stageReferences;
    private final Map<Instruction, Stage> stageByInstruction = new IdentityHashMap<>();
    private volatile Occurrences occurrences;
    private volatile Map<Integer, List<StageReferences.Reference>> stageReferencesByLine;

    private Model(String text, Dockerfile dockerfile) {
        this.text = text;
        this.dockerfile = dockerfile;
        this.lines = LineIndex.of(text);
        this.stages = Stages.of(dockerfile);
        this.variables = Variables.of(dockerfile, stages);
        this.stageReferences = StageReferences.of(stages, variables);
        for (Stage stage : stages.all()) {
            stageByInstruction.put(stage.from(), stage);
            stage.instructions().forEach(i -> stageByInstruction.put(i, stage));
        }
    }

    public static Model of(String text, Dockerfile dockerfile) {
        return new Model(text, dockerfile);
    }

    public static Model of(String text) {
        return of(text, Dockerfile.parse(text));
    }

    public String text() {
        return text;
    }

    public Dockerfile dockerfile() {
        return dockerfile;
    }

    public LineIndex lines() {
        return lines;
    }

    public Stages stages() {
        return stages;
    }

    public Variables variables() {
        return variables;
    }

    public StageReferences stageReferences() {
        return stageReferences;
    }

    /** Every occurrence of a stage, variable or heredoc name, computed once. */
    public Occurrences occurrences() {
        Occurrences o = occurrences;
        if (o == null) {
            o = Occurrences.of(this);
            occurrences = o;
        }
        return o;
    }

    /**
     * The stage reference whose range touches the position, as {@link StageReferences#at} finds it,
     * from an index by line made once: asked for every {@code COPY --from} of a file (links, rename),
     * a scan of all references each time was quadratic in the number of stages.
     */
    public StageReferences.Reference stageReferenceAt(TextPosition position) {
        Map<Integer, List<StageReferences.Reference>> byLine = stageReferencesByLine;
        if (byLine == null) {
            byLine = new HashMap<>();
            for (StageReferences.Reference reference : stageReferences.all()) {
                for (int line = reference.range().start().line(); line <= reference.range().end().line(); line++) {
                    byLine.computeIfAbsent(line, l -> new ArrayList<>()).add(reference);
                }
            }
            stageReferencesByLine = byLine;
        }
        for (StageReferences.Reference reference : byLine.getOrDefault(position.line(), List.of())) {
            if (reference.range().touches(position)) {
                return reference;
            }
        }
        return null;
    }

    /** The stage an instruction belongs to (a FROM: its own), or null before the first FROM; constant time. */
    public Stage stageOf(Instruction instruction) {
        return stageByInstruction.get(instruction);
    }

    /** The content of a line without its line break; "" for a line outside the text. */
    public String line(int line) {
        if (line < 0 || line >= lines.lineCount()) {
            return "";
        }
        return text.substring(lines.lineStart(line), lines.contentEnd(line, text));
    }
}
