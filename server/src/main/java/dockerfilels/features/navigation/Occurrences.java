package dockerfilels.features.navigation;

import dockerfilels.syntax.TextPosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every occurrence of every stage, variable and heredoc name of one document, in document order. */
public final class Occurrences {
    private final List<Occurrence> all;
    private final Map<Symbol, List<Occurrence>> bySymbol = new HashMap<>();

    private Occurrences(List<Occurrence> all) {
        this.all = all;
        for (Occurrence o : all) {
            bySymbol.computeIfAbsent(o.symbol(), s -> new ArrayList<>()).add(o);
        }
    }

    public static Occurrences of(Model model) {
        List<Occurrence> all = new ArrayList<>();
        StageOccurrences.collect(model, all);
        VariableOccurrences.collect(model, all);
        HeredocOccurrences.collect(model, all);
        all.sort(Comparator.comparing((Occurrence o) -> o.range().start()).thenComparing(o -> o.range().end()));
        return new Occurrences(List.copyOf(all));
    }

    public List<Occurrence> all() {
        return all;
    }

    /** The innermost occurrence whose range touches the position (a cursor just after a name counts), or null. */
    public Occurrence at(TextPosition position) {
        Occurrence best = null;
        for (Occurrence o : all) {
            if (o.range().touches(position) && (best == null || o.size() < best.size())) {
                best = o;
            }
        }
        return best;
    }

    /** Every occurrence of a symbol, in document order. */
    public List<Occurrence> of(Symbol symbol) {
        return List.copyOf(bySymbol.getOrDefault(symbol, List.of()));
    }
}
