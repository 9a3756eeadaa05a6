package dockerfilels.features.navigation;

import dockerfilels.semantics.StageReferences;
import dockerfilels.semantics.Stages;
import dockerfilels.semantics.Variables;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.LineIndex;

/**
 * What the navigation and structure features read of one document, computed once per request:
 * the text (for exact columns), the parsed model, its stages, BuildKit's variable scopes and the
 * references to stages.
 */
public record Model(String text, Dockerfile dockerfile, LineIndex lines, Stages stages, Variables variables,
        StageReferences stageReferences) {

    public static Model of(String text, Dockerfile dockerfile) {
        Stages stages = Stages.of(dockerfile);
        Variables variables = Variables.of(dockerfile, stages);
        return new Model(text, dockerfile, LineIndex.of(text), stages, variables, StageReferences.of(stages, variables));
    }

    public static Model of(String text) {
        return of(text, Dockerfile.parse(text));
    }

    /** The content of a line without its line break; "" for a line outside the text. */
    public String line(int line) {
        if (line < 0 || line >= lines.lineCount()) {
            return "";
        }
        return text.substring(lines.lineStart(line), lines.contentEnd(line, text));
    }
}
