package dockerfilels.features.tokens;

import java.util.Arrays;
import java.util.List;

/**
 * LSP's relative encoding of semantic tokens (five integers a token: line delta, start delta,
 * length, type, modifiers) and the delta between two encodings.
 */
public final class TokenEncoding {
    private TokenEncoding() {
    }

    /** Encodes tokens that are sorted, on one line each and disjoint (as {@link SemanticTokens} gives them). */
    public static int[] encode(List<Token> tokens) {
        int[] data = new int[tokens.size() * 5];
        int line = 0;
        int character = 0;
        int i = 0;
        for (Token t : tokens) {
            data[i++] = t.line() - line;
            data[i++] = t.line() == line ? t.character() - character : t.character();
            data[i++] = t.length();
            data[i++] = t.type().ordinal();
            data[i++] = t.modifiers();
            line = t.line();
            character = t.character();
        }
        return data;
    }

    /** One replacement of {@code deleteCount} integers at {@code start} by {@code data}. */
    public record Edit(int start, int deleteCount, int[] data) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Edit e && e.start == start && e.deleteCount == deleteCount && Arrays.equals(e.data, data);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * start + deleteCount) + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Edit[" + start + ", " + deleteCount + ", " + Arrays.toString(data) + "]";
        }
    }

    /**
     * The edits that turn {@code previous} into {@code current}: none when they are equal, else one
     * replacing what lies between their common prefix and common suffix (whole tokens only).
     */
    public static List<Edit> delta(int[] previous, int[] current) {
        int prefix = 0;
        int max = Math.min(previous.length, current.length);
        while (prefix < max && previous[prefix] == current[prefix]) {
            prefix++;
        }
        prefix -= prefix % 5;
        if (prefix == previous.length && prefix == current.length) {
            return List.of();
        }
        int suffix = 0;
        while (suffix < max - prefix
                && previous[previous.length - 1 - suffix] == current[current.length - 1 - suffix]) {
            suffix++;
        }
        suffix -= suffix % 5;
        return List.of(new Edit(prefix, previous.length - prefix - suffix,
                Arrays.copyOfRange(current, prefix, current.length - suffix)));
    }

    /** Applies edits (as a client does) to {@code previous}. */
    public static int[] apply(int[] previous, List<Edit> edits) {
        int[] result = previous;
        for (int k = edits.size() - 1; k >= 0; k--) {
            Edit e = edits.get(k);
            int[] next = new int[result.length - e.deleteCount() + e.data().length];
            System.arraycopy(result, 0, next, 0, e.start());
            System.arraycopy(e.data(), 0, next, e.start(), e.data().length);
            System.arraycopy(result, e.start() + e.deleteCount(), next, e.start() + e.data().length,
                    result.length - e.start() - e.deleteCount());
            result = next;
        }
        return result;
    }
}
