package dockerfilels.features.lenses;

import dockerfilels.features.navigation.Expansions;
import dockerfilels.features.navigation.Model;
import dockerfilels.features.symbols.DocumentSymbols;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.StageReferences;
import dockerfilels.shell.Expansion;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Inlay hints: after a FROM word that uses variables (the image, the {@code --platform} value),
 * the value BuildKit resolves it to with the global ARGs' defaults; after a numeric
 * {@code COPY --from}, the stage it names. Values that depend on the building machine (platform
 * arguments) are not guessed.
 */
public final class InlayHints {
    private InlayHints() {
    }

    /** A hint: shown at {@code position}, {@code tooltip} explains it. */
    public record Hint(TextPosition position, String label, String tooltip) {
    }

    /** The hints whose position lies in {@code range} (the whole document when null). */
    public static List<Hint> of(Model model, TextRange range) {
        List<Hint> hints = new ArrayList<>();
        for (Stage stage : model.stages().all()) {
            Instruction from = stage.from();
            Flag platform = from.flag("platform");
            if (platform != null && platform.value() != null && platform.valueRange() != null) {
                resolved(model, platform.word().text().substring(platform.word().text().indexOf('=') + 1),
                        platform.range().end(), hints);
            }
            if (stage.base() != null) {
                Word base = stage.base();
                resolved(model, base.text(), base.range().end(), hints);
            }
        }
        for (StageReferences.Reference reference : model.stageReferences().all()) {
            if (reference.byIndex()) {
                Stage target = reference.target();
                String label = target.nameWord() != null ? target.nameWord().text()
                        : DocumentSymbols.label(target) + " (" + (target.base() == null ? "" : target.base().text()) + ")";
                hints.add(new Hint(reference.range().end(), label, "--from=" + target.index() + " is stage "
                        + DocumentSymbols.label(target) + ", line " + (target.from().startLine() + 1)));
            }
        }
        return hints.stream().filter(h -> range == null || range.touches(h.position())).toList();
    }

    private static void resolved(Model model, String text, TextPosition at, List<Hint> hints) {
        if (text.indexOf('$') < 0) {
            return;
        }
        Expansion expansion = Expansions.expand(model, text);
        if (expansion == null || Expansions.dependsOnPlatform(expansion)) {
            return;
        }
        String tooltip = "what BuildKit resolves " + text + " to with the default values of the ARGs before the first FROM";
        if (!expansion.unmatched().isEmpty()) {
            tooltip += "; not set: " + String.join(", ", expansion.unmatched().stream().sorted().toList());
        }
        hints.add(new Hint(at, "= " + expansion.result(), tooltip));
    }
}
