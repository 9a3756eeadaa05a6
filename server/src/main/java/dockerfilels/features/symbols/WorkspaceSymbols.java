package dockerfilels.features.symbols;

import dockerfilels.features.navigation.Model;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Workspace symbols: the stages of every Dockerfile given, whose name matches the query the way
 * editors filter (its characters in order, any case; an empty query matches all). Bounded.
 */
public final class WorkspaceSymbols {
    public static final int MAX_RESULTS = 1000;

    private WorkspaceSymbols() {
    }

    /** One Dockerfile: where it is and its model. */
    public record Source(String uri, Model model) {
    }

    /** A stage found: its label, what it is built from, the file and the range of its name. */
    public record Found(String name, String detail, String uri, TextRange range) {
    }

    public static List<Found> of(List<Source> sources, String query) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT);
        List<Found> found = new ArrayList<>();
        for (Source source : sources) {
            for (Stage stage : source.model().stages().all()) {
                String name = DocumentSymbols.label(stage);
                if (!matches(name.toLowerCase(Locale.ROOT), q)) {
                    continue;
                }
                TextRange range = stage.nameWord() != null ? stage.nameWord().range() : stage.from().keyword().range();
                found.add(new Found(name, "FROM " + (stage.base() == null ? "" : stage.base().text()), source.uri(), range));
                if (found.size() >= MAX_RESULTS) {
                    return found;
                }
            }
        }
        return found;
    }

    /** Whether the query's characters appear in the name in order. */
    static boolean matches(String name, String query) {
        int at = 0;
        for (int i = 0; i < query.length(); i++) {
            at = name.indexOf(query.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }
}
