package dockerfilels.features.lenses;

import dockerfilels.features.navigation.Expansions;
import dockerfilels.features.navigation.Model;
import dockerfilels.features.symbols.DocumentSymbols;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.StageReferences;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Code lenses above each stage: what it is built from (an image, with variables resolved, or an
 * earlier stage), and who uses it: the stages that build on it, copy or mount from it, whether
 * it is the final image, or that nothing uses it (BuildKit then skips it unless it is the
 * {@code --target}).
 */
public final class StageLenses {
    private StageLenses() {
    }

    /** A lens: the FROM line's keyword range and the text shown. */
    public record Lens(TextRange range, String title) {
    }

    public static List<Lens> of(Model model) {
        List<Lens> lenses = new ArrayList<>();
        List<Stage> stages = model.stages().all();
        for (Stage stage : stages) {
            TextRange at = stage.from().keyword().range();
            String from = builtFrom(model, stage);
            if (from != null) {
                lenses.add(new Lens(at, from));
            }
            lenses.add(new Lens(at, usedBy(model, stage, stage.index() == stages.size() - 1)));
        }
        return List.copyOf(lenses);
    }

    private static String builtFrom(Model model, Stage stage) {
        if (stage.base() == null) {
            return null;
        }
        Stage base = model.variables().baseStage(stage);
        if (base != null) {
            return "built from stage " + DocumentSymbols.label(base);
        }
        String image = Expansions.resolve(model, stage.base().text());
        if (image.equals("scratch")) {
            return "built from scratch (an empty image)";
        }
        return "built from " + image;
    }

    private static String usedBy(Model model, Stage stage, boolean last) {
        Set<String> users = new LinkedHashSet<>();
        for (StageReferences.Reference reference : model.stageReferences().to(stage)) {
            if (reference.in() != stage) {
                users.add(DocumentSymbols.label(reference.in()));
            }
        }
        String used = users.isEmpty() ? null : "used by: " + String.join(", ", users);
        if (last) {
            return used == null ? "final image" : "final image · " + used;
        }
        if (used != null) {
            return used;
        }
        return stage.nameWord() == null ? "unused: not built by default"
                : "unused: built only with --target " + stage.nameWord().text();
    }
}
