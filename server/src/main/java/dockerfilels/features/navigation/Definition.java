package dockerfilels.features.navigation;

import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.List;

/**
 * Go to definition: from a stage reference to its {@code AS name} (or the FROM of an unnamed
 * stage for {@code --from=0}), from a variable use to the ARG or ENV it reads at that place (and
 * the global ARG a stage ARG takes its value from), from a heredoc terminator to its marker.
 */
public final class Definition {
    private Definition() {
    }

    public static List<TextRange> of(Model model, TextPosition position) {
        Occurrence occurrence = model.occurrences().at(position);
        return occurrence == null ? List.of() : occurrence.targets();
    }
}
