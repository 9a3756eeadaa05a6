package dockerfilels.semantics.commands;

import dockerfilels.syntax.TextRange;

/** Maps a span [from, to) of the text being parsed back to its range in the Dockerfile. */
@FunctionalInterface
interface SourceRanges {

    TextRange range(int from, int to);

    /**
     * The ranges of a text derived from this one, where {@code origins[i]} is the offset in this
     * text of the derived text's character {@code i} ({@code origins[length]} is where it ends).
     */
    default SourceRanges through(int[] origins) {
        return (from, to) -> {
            int last = origins.length - 1;
            int start = origins[Math.max(0, Math.min(from, last))];
            int end = to > from ? origins[Math.max(0, Math.min(to - 1, last))] + 1 : start;
            return range(start, Math.max(start, end));
        };
    }
}
