package dockerfilels.features.tokens;

import dockerfilels.syntax.LineIndex;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Paints token kinds over a stretch of text, a later paint covering an earlier one, then reads
 * the result back as tokens: sorted, disjoint, one line each (a stretch that crosses lines
 * becomes one token a line; line breaks are never part of a token). Painting makes overlap
 * impossible by construction, however the parts of an instruction nest.
 */
final class Painter {
    private final String text;
    private final LineIndex lines;
    private final int from;
    private final int[] owner;
    private final List<int[]> kinds = new ArrayList<>();

    /** Paints over [{@code from}, {@code to}) of {@code text}. */
    Painter(String text, LineIndex lines, int from, int to) {
        this.text = text;
        this.lines = lines;
        this.from = from;
        this.owner = new int[Math.max(0, to - from)];
        Arrays.fill(owner, -1);
    }

    int offset(TextPosition position) {
        return lines.offset(position, text);
    }

    void paint(TextRange range, TokenType type, int modifiers) {
        paint(offset(range.start()), offset(range.end()), type, modifiers);
    }

    void paint(TextRange range, TokenType type) {
        paint(range, type, 0);
    }

    /** Paints [{@code start}, {@code end}) (absolute offsets, clamped to the stretch) as one token kind. */
    void paint(int start, int end, TokenType type, int modifiers) {
        int a = Math.max(start, from) - from;
        int b = Math.min(end, from + owner.length) - from;
        if (a >= b) {
            return;
        }
        kinds.add(new int[] {type.ordinal(), modifiers});
        Arrays.fill(owner, a, b, kinds.size() - 1);
    }

    /** The painted tokens, in order; runs of one paint on one line, line breaks left out. */
    void emit(List<Token> out) {
        TokenType[] types = TokenType.values();
        int i = 0;
        while (i < owner.length) {
            int k = owner[i];
            char c = text.charAt(from + i);
            if (k < 0 || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < owner.length && owner[j] == k && text.charAt(from + j) != '\n' && text.charAt(from + j) != '\r') {
                j++;
            }
            TextPosition start = lines.position(from + i);
            out.add(new Token(start.line(), start.character(), j - i, types[kinds.get(k)[0]], kinds.get(k)[1]));
            i = j;
        }
    }
}
