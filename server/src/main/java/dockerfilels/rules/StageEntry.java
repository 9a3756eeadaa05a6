package dockerfilels.rules;

import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Instruction;
import java.util.List;

/**
 * What the stage rules found in one stage, and everything that depended on: the stage's
 * instructions (by identity), the outline, the settings, and the entries of the stages it is built
 * on or copies from (an entry stands for its stage's state: a new one means that stage changed).
 * Kept with the stage's FROM instruction, which an edit elsewhere leaves as it is.
 */
final class StageEntry {
    final Instruction from;
    final List<Instruction> instructions;
    final StageOutline.Face face;
    final StageOutline outline;
    final LintSettings settings;
    /** The build context's key ({@link dockerfilels.workspace.BuildContext#key}): some rules read its files. */
    final Object buildContext;
    final List<StageEntry> dependencies;
    /** False for a stage whose dependencies could not be settled: its entry is never reused. */
    final boolean settled;
    /**
     * Findings per stage rule of the linter (by its position there), filled as the rules run; null
     * for a rule not run yet. A rule's findings here are final once stored.
     */
    final java.util.concurrent.atomic.AtomicReferenceArray<List<Finding>> findings;
    /** What the instruction rules found in the stage's instructions, FROM first; null until asked. */
    volatile List<Finding> instructionFindings;
    /** Facts the rules computed from this stage's own instructions ({@link LintContext#stageShared}). */
    private final java.util.Map<Object, Object> memo = new java.util.concurrent.ConcurrentHashMap<>(2);

    StageEntry(Instruction from, List<Instruction> instructions, StageOutline.Face face, StageOutline outline, LintSettings settings,
            Object buildContext, List<StageEntry> dependencies, boolean settled, int rules) {
        this.from = from;
        // A copy: the stage's list is a view of the whole model's, which the entry must not keep alive.
        this.instructions = List.copyOf(instructions);
        this.face = face;
        this.outline = outline;
        this.settings = settings;
        this.buildContext = buildContext;
        this.dependencies = dependencies;
        this.settled = settled;
        this.findings = new java.util.concurrent.atomic.AtomicReferenceArray<>(rules);
    }

    /** Whether the stage still has the instructions this entry was made for (the same objects). */
    boolean sameInstructions(dockerfilels.semantics.Stage stage) {
        return from == stage.from() && sameElements(instructions, stage.instructions());
    }

    /** Whether this entry still holds for these inputs (the outline and entries compared by identity). */
    boolean holdsFor(StageOutline outline, LintSettings settings, Object buildContext, List<StageEntry> dependencies) {
        return settled && this.outline == outline && this.settings.equals(settings) && this.buildContext.equals(buildContext)
                && sameElements(this.dependencies, dependencies);
    }

    static <T> boolean sameElements(List<T> a, List<T> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    <T> T memo(Object key, java.util.function.Supplier<T> make) {
        return (T) memo.computeIfAbsent(key, k -> make.get());
    }
}
