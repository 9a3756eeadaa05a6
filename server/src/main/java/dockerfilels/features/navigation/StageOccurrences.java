package dockerfilels.features.navigation;

import dockerfilels.semantics.Stage;
import dockerfilels.semantics.StageReferences;
import dockerfilels.syntax.TextRange;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage names: the {@code AS name} of each stage, and every {@link StageReferences reference} to
 * it. A stage without a name is still a symbol ({@code COPY --from=0}), defined by its FROM line.
 */
final class StageOccurrences {
    private StageOccurrences() {
    }

    static void collect(Model model, List<Occurrence> out) {
        Map<Stage, Symbol> symbols = new IdentityHashMap<>();
        for (Stage stage : model.stages().all()) {
            String fixed = stage.nameWord() == null ? "stage " + stage.index() + " has no name to rename; add one with AS"
                    : !StageReferences.exact(stage.nameWord()) ? "the stage name is not written on one line" : null;
            Symbol symbol = new Symbol(Symbol.Kind.STAGE, stage.nameWord() == null ? "stage " + stage.index()
                    : stage.nameWord().text(), stage, fixed);
            symbols.put(stage, symbol);
            if (stage.nameWord() != null) {
                TextRange name = stage.nameWord().range();
                out.add(new Occurrence(symbol, name, true, fixed == null, List.of(name)));
            }
        }
        for (StageReferences.Reference reference : model.stageReferences().all()) {
            out.add(new Occurrence(symbols.get(reference.target()), reference.range(), false, reference.literal(),
                    List.of(definition(reference.target()))));
        }
    }

    /** Where a stage is defined: its name, or the FROM keyword of a stage without one. */
    static TextRange definition(Stage stage) {
        return stage.nameWord() != null ? stage.nameWord().range() : stage.from().keyword().range();
    }
}
