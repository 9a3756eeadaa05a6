package dockerfilels.features.navigation;

import dockerfilels.syntax.TextRange;
import java.util.List;

/**
 * One place a symbol's name is written. {@code declaration} for where it is defined (a stage's
 * {@code AS name}, an ARG or ENV key, a heredoc's marker); {@code renamable} when the range holds
 * exactly the name, so a rename can replace it; {@code targets} are where "go to definition" leads
 * from here (empty when the definition is not in the file, e.g. a base image's PATH).
 */
public record Occurrence(Symbol symbol, TextRange range, boolean declaration, boolean renamable, List<TextRange> targets) {

    /** Width of the range in a comparable form (lines first), to prefer the innermost occurrence. */
    long size() {
        return (long) (range.end().line() - range.start().line()) * 1_000_000L
                + (range.end().character() - range.start().character());
    }
}
