package dockerfilels.rules;

import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Stages;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Works out, for one lint, which stages kept everything their stage-rule findings depend on
 * ({@link StageRule}): those reuse their entry, the others get a fresh, empty one. Stages are taken
 * in file order, so the entries of the stages one builds on or copies from are settled first; a
 * stage that names a later stage, or a stage through a variable, is always checked again.
 */
final class StageEntries {
    private StageEntries() {
    }

    /**
     * The entries of the context's stages, in order. {@code previous} gives the entry kept with a FROM
     * instruction (or null); the caller keeps the returned ones the same way. {@code rules}: how many
     * stage rules the linter has.
     */
    static List<StageEntry> of(LintContext context, Function<Instruction, StageEntry> previous, int rules) {
        List<Stage> stages = context.stages().all();
        List<StageEntry> before = new ArrayList<>(stages.size());
        List<StageOutline.Face> faces = new ArrayList<>(stages.size());
        StageOutline last = null;
        for (Stage stage : stages) {
            StageEntry entry = previous.apply(stage.from());
            boolean same = entry != null && entry.sameInstructions(stage);
            before.add(same ? entry : null);
            faces.add(same ? entry.face : StageOutline.Face.of(stage));
            if (last == null && entry != null) {
                last = entry.outline;
            }
        }
        StageOutline outline = outline(context, faces);
        if (outline.equals(last)) {
            outline = last;
        }
        context.outline(outline);
        Object buildContext = context.buildContext().key();
        List<StageEntry> entries = new ArrayList<>(stages.size());
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            List<StageEntry> dependencies = dependencies(context, stage, faces.get(i), entries);
            StageEntry entry = before.get(i);
            if (entry == null || dependencies == null || !entry.holdsFor(outline, context.settings(), buildContext, dependencies)) {
                entry = new StageEntry(stage.from(), stage.instructions(), faces.get(i), outline, context.settings(), buildContext,
                        dependencies == null ? List.of() : dependencies, dependencies != null, rules);
            }
            entries.add(entry);
        }
        return entries;
    }

    static StageOutline outline(LintContext context, List<StageOutline.Face> faces) {
        return new StageOutline(context.preamble(), context.model().directives(), context.model().escape(), List.copyOf(faces));
    }

    /** The instructions before the first FROM. */
    static List<Instruction> preamble(LintContext context) {
        List<Instruction> preamble = new ArrayList<>();
        for (Instruction instruction : context.model().instructions()) {
            if (instruction.is(Keyword.FROM)) {
                break;
            }
            preamble.add(instruction);
        }
        return preamble;
    }

    /**
     * The entries of the earlier stages this one is built on or copies or mounts from; null when it
     * names a later stage or one through a variable (then what it depends on is not settled here).
     */
    private static List<StageEntry> dependencies(LintContext context, Stage stage, StageOutline.Face face, List<StageEntry> settled) {
        Stages stages = context.stages();
        List<StageEntry> dependencies = new ArrayList<>();
        Stage base = context.variables().baseStage(stage);
        if (base != null) {
            dependencies.add(settled.get(base.index()));
        }
        for (String reference : face.references()) {
            if (reference.indexOf('$') >= 0) {
                return null;
            }
            Stage target = target(stages, reference, stage);
            if (target == null) {
                continue;
            }
            if (target.index() >= stage.index()) {
                return null;
            }
            dependencies.add(settled.get(target.index()));
        }
        return dependencies;
    }

    /** The stage a {@code --from} value means: an index, an earlier stage of that name, else a later one; null for an image. */
    private static Stage target(Stages stages, String reference, Stage in) {
        if (!reference.isEmpty() && reference.length() < 10 && reference.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int index = Integer.parseInt(reference);
            return index < stages.all().size() ? stages.all().get(index) : null;
        }
        Stage earlier = stages.named(reference, in.index());
        return earlier != null ? earlier : stages.lastNamed(reference);
    }
}
