package dockerfilels.shell;

import java.util.Set;

/**
 * The result of expanding one word, with the variable names it looked up: {@code matched} were set
 * in the environment, {@code unmatched} were not (BuildKit's {@code ProcessWordResult}). Names looked
 * up inside a modifier word ({@code ${A:-$B}}) count even when that word is not used.
 */
public record Expansion(String result, Set<String> matched, Set<String> unmatched) {
    public Expansion {
        matched = Set.copyOf(matched);
        unmatched = Set.copyOf(unmatched);
    }
}
