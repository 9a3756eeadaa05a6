package dockerfilels.rules;

import dockerfilels.semantics.Stages;
import dockerfilels.semantics.Variables;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.workspace.BuildContext;

/** Everything a rule may look at. What is costly to compute is computed once, on first use. */
public final class LintContext {
    private final Dockerfile model;
    private final LintSettings settings;
    private final BuildContext buildContext;
    private Stages stages;
    private Variables variables;

    public LintContext(Dockerfile model, LintSettings settings, BuildContext buildContext) {
        this.model = model;
        this.settings = settings;
        this.buildContext = buildContext;
    }

    public Dockerfile model() {
        return model;
    }

    public LintSettings settings() {
        return settings;
    }

    public BuildContext buildContext() {
        return buildContext;
    }

    public Stages stages() {
        if (stages == null) {
            stages = Stages.of(model);
        }
        return stages;
    }

    /** BuildKit's variable scoping, computed once per lint and shared by the rules that need it. */
    public Variables variables() {
        if (variables == null) {
            variables = Variables.of(model, stages());
        }
        return variables;
    }
}
