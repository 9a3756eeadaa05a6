package dockerfilels.features.completion;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import dockerfilels.semantics.Stage;
import java.util.ArrayList;
import java.util.List;

/** The stages defined before the one at the cursor: what FROM, {@code --from} and {@code from=} may name. */
final class EarlierStages {
    private EarlierStages() {
    }

    static List<Stage> of(CursorContext cursor) {
        if (cursor.outerInstruction() == null) {
            return List.of();
        }
        Stage current = cursor.stages().stageOf(cursor.outerInstruction());
        int limit = current == null ? 0 : current.index();
        List<Stage> earlier = new ArrayList<>();
        for (Stage stage : cursor.stages().all()) {
            if (stage.index() < limit) {
                earlier.add(stage);
            }
        }
        return earlier;
    }

    /**
     * One proposal per earlier stage: its name, or its index when it has none (a name used twice
     * is proposed once, as BuildKit takes the last of them).
     */
    static void propose(Proposals proposals, int column, boolean indexes) {
        List<String> seen = new ArrayList<>();
        List<Stage> stages = of(proposals.cursor());
        for (int i = stages.size() - 1; i >= 0; i--) {
            Stage stage = stages.get(i);
            String label = stage.name() != null ? stage.nameWord().text() : indexes ? String.valueOf(stage.index()) : null;
            if (label == null || seen.contains(label.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            seen.add(label.toLowerCase(java.util.Locale.ROOT));
            String base = stage.base() == null ? "" : stage.base().text();
            proposals.add(CompletionItem.of(label, CompletionItem.Kind.STAGE, proposals.from(column))
                    .detail("stage " + stage.index() + (base.isEmpty() ? "" : " FROM " + base))
                    .documentation(Markdown.of().paragraph("Build stage " + stage.index() + " (line " + (stage.from().startLine() + 1) + ")")
                            .code("dockerfile", stage.from().text()).toString()));
        }
    }
}
