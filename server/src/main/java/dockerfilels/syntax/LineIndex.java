package dockerfilels.syntax;

import java.util.Arrays;

/**
 * Offsets in a text to LSP positions and back. Lines end at "\n", "\r\n" or a lone "\r",
 * as LSP clients count them; columns are UTF-16 code units, which is what Java strings hold.
 */
public final class LineIndex {
    private final int[] lineStarts;
    private final int length;

    private LineIndex(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.length = length;
    }

    public static LineIndex of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count), n);
    }

    /** Number of lines; a text ending with a line break has an empty last line. */
    public int lineCount() {
        return lineStarts.length;
    }

    public int lineStart(int line) {
        return lineStarts[line];
    }

    /** The position of an offset (clamped to the text). */
    public TextPosition position(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int line = Arrays.binarySearch(lineStarts, clamped);
        if (line < 0) {
            line = -line - 2;
        }
        return new TextPosition(line, clamped - lineStarts[line]);
    }

    /**
     * The offset of a position. Lines and columns out of range are clamped; a column past
     * the end of a line means the end of that line (before its line break).
     */
    public int offset(TextPosition position, CharSequence text) {
        if (position.line() < 0) {
            return 0;
        }
        if (position.line() >= lineStarts.length) {
            return length;
        }
        int start = lineStarts[position.line()];
        int end = contentEnd(position.line(), text);
        return start + Math.max(0, Math.min(position.character(), end - start));
    }

    /** Offset of the end of a line's content, before its line break. */
    public int contentEnd(int line, CharSequence text) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : length;
        while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }
}
