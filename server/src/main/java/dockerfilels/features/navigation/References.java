package dockerfilels.features.navigation;

import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.List;

/** Find references: every place the symbol under the cursor is written, its declarations included if asked. */
public final class References {
    private References() {
    }

    public static List<TextRange> of(Model model, TextPosition position, boolean includeDeclaration) {
        Occurrences occurrences = model.occurrences();
        Occurrence occurrence = occurrences.at(position);
        if (occurrence == null) {
            return List.of();
        }
        return occurrences.of(occurrence.symbol()).stream()
                .filter(o -> includeDeclaration || !o.declaration())
                .map(Occurrence::range)
                .toList();
    }
}
