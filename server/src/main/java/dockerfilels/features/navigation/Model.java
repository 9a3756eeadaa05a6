package dockerfilels.features.navigation;

import dockerfilels.semantics.Stage;
import dockerfilels.semantics.StageReferences;
import dockerfilels.semantics.Stages;
import dockerfilels.semantics.Variables;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.LineIndex;
import java.util.IdentityHashMap;
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
