package dockerfilels.syntax;

import java.util.Arrays;

/**
 * Maps offsets in an instruction's logical text (its continuation lines joined, with escape
 * characters, newlines, comment lines and empty lines left out) back to offsets in the source.
 * The logical text is a concatenation of pieces, each a contiguous run of source text.
 */
final class SourceMap {
    private final int[] logicalStarts;
    private final int[] sourceStarts;

    private SourceMap(int[] logicalStarts, int[] sourceStarts) {
        this.logicalStarts = logicalStarts;
        this.sourceStarts = sourceStarts;
    }

    /** Collects pieces while the logical text is built. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] logical = new int[4];
        private int[] source = new int[4];
        private int count;

        /** Appends src[from, to); source offsets are recorded relative to {@code base}. */
        void append(CharSequence src, int from, int to, int base) {
            int sourceStart = from - base;
            int sourceEnd = to - base;
            if (sourceEnd <= sourceStart) {
                return; // empty pieces would make two pieces start at one logical offset
            }
            if (count == logical.length) {
                logical = Arrays.copyOf(logical, count * 2);
                source = Arrays.copyOf(source, count * 2);
            }
            logical[count] = text.length();
            source[count] = sourceStart;
            count++;
            text.append(src, from, to);
        }

        String text() {
            return text.toString();
        }

        int length() {
            return text.length();
        }

        SourceMap build() {
            return new SourceMap(Arrays.copyOf(logical, count), Arrays.copyOf(source, count));
        }
    }

    /** Source offset of the character at a logical offset (a start position). */
    int startOffset(int logical) {
        int piece = pieceFor(logical, false);
        return piece < 0 ? 0 : sourceStarts[piece] + (logical - logicalStarts[piece]);
    }

    /**
     * Source offset just after the character before a logical offset (an end position): a
     * range that ends where a piece ends stays on that piece's line.
     */
    int endOffset(int logical) {
        int piece = pieceFor(logical, true);
        return piece < 0 ? 0 : sourceStarts[piece] + (logical - logicalStarts[piece]);
    }

    private int pieceFor(int logical, boolean end) {
        int n = logicalStarts.length;
        if (n == 0) {
            return -1;
        }
        int lo = 0;
        int hi = n - 1;
        // The last piece whose start is < logical (an end) or <= logical (a start).
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            boolean fits = end ? logicalStarts[mid] < logical : logicalStarts[mid] <= logical;
            if (fits) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
