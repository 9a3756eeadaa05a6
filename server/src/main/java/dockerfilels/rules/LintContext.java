package dockerfilels.rules;

import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Stages;
import java.util.List;
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
    private java.util.Map<Object, Object> shared;
    private StageOutline outline;
    private List<StageEntry> entries = List.of();
    private java.util.List<dockerfilels.syntax.Instruction> preamble;

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

    /**
     * A value the rules share for one lint, made on first use: a memo of work that stage after stage
     * would repeat (a base image text validated once), keyed by the rule's own key object.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T shared(Object key, java.util.function.Supplier<T> make) {
        if (shared == null) {
            shared = new java.util.HashMap<>();
        }
        return (T) shared.computeIfAbsent(key, k -> make.get());
    }

    /** The file's outline (see {@link StageOutline}); the linter hands in the one it keeps across edits. */
    synchronized StageOutline outline() {
        if (outline == null) {
            outline = StageEntries.outline(this, stages().all().stream().map(StageOutline.Face::of).toList());
        }
        return outline;
    }

    synchronized void outline(StageOutline outline) {
        this.outline = outline;
    }

    /** Whether the file already uses BuildKit-only syntax: a syntax directive, a heredoc, {@code --link} or {@code RUN --mount}. */
    public boolean usesBuildKitSyntax() {
        return outline().usesBuildKitSyntax();
    }

    /**
     * A fact that depends on the file's outline alone (its FROM lines, stage references, directives
     * and what precedes the first FROM), kept for as long as edits leave the outline as it is: a
     * keystroke inside one stage does not compute it again. It must not hold instructions or stages,
     * which an edit replaces; keep indexes.
     */
    public <T> T outlineShared(Object key, java.util.function.Supplier<T> make) {
        return outline().memo(key, make);
    }

    /** The instructions before the first FROM. */
    public synchronized java.util.List<dockerfilels.syntax.Instruction> preamble() {
        if (preamble == null) {
            preamble = StageEntries.preamble(this);
        }
        return preamble;
    }

    /** Whether most instruction keywords of the stages are lower case (the casing BuildKit asks the others to follow). */
    public boolean keywordsMostlyLowerCase() {
        return outline().keywordsMostlyLowerCase();
    }

    synchronized void entries(List<StageEntry> entries) {
        this.entries = entries;
    }

    /**
     * A fact computed from one stage's own instructions alone, kept with the stage for as long as
     * edits leave it (and what it depends on) as it is: a keystroke elsewhere does not compute it
     * again. It may hold the stage's instructions and words, never other stages'.
     */
    public <T> T stageShared(Stage stage, Object key, java.util.function.Supplier<T> make) {
        StageEntry entry;
        synchronized (this) {
            entry = stage.index() < entries.size() ? entries.get(stage.index()) : null;
        }
        return entry != null && entry.sameInstructions(stage) ? entry.memo(key, make) : make.get();
    }
}
