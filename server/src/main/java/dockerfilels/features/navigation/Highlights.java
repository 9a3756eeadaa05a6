package dockerfilels.features.navigation;

import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.List;

/** Document highlight: the symbol's occurrences, declarations marked as writes and uses as reads. */
public final class Highlights {
    private Highlights() {
    }

    public record Highlight(TextRange range, boolean write) {
    }

    public static List<Highlight> of(Model model, TextPosition position) {
        Occurrences occurrences = model.occurrences();
        Occurrence occurrence = occurrences.at(position);
        if (occurrence == null) {
            return List.of();
        }
        return occurrences.of(occurrence.symbol()).stream().map(o -> new Highlight(o.range(), o.declaration())).toList();
    }
}
