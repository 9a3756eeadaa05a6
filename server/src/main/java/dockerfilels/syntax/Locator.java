package dockerfilels.syntax;

/**
 * Turns offsets in an instruction's logical text into source positions.
 *
 * <p>The reader asks for positions in text order, word after word, so the line of the last answer
 * is remembered and tried (with the line after it) before a binary search of the unit's lines. An
 * instruction of many lines (continuations, or lone carriage returns, which end an editor's line but
 * not BuildKit's) would otherwise pay a search over a large array for every word: O(n log n) with a
 * cache miss at each step, which dominated parsing 600,000 characters of CR-only line ends.
 *
 * <p>The instruction keeps its locator for {@link Instruction#sourceRange}, which may run on several
 * threads: the remembered line is only a hint, checked against the line starts before use, and an
 * int is read and written whole, so a race costs at most a search.
 */
final class Locator {
    private final SourceMap map;
    private final LineIndex lines;
    private int lastLine;

    Locator(SourceMap map, LineIndex lines) {
        this.map = map;
        this.lines = lines;
    }

    TextPosition start(int logical) {
        return position(map.startOffset(logical));
    }

    TextPosition end(int logical) {
        return position(map.endOffset(logical));
    }

    /** The range of logical text [from, to); an empty range sits at {@code from}. */
    TextRange range(int from, int to) {
        TextPosition start = start(from);
        return new TextRange(start, to <= from ? start : end(to));
    }

    Word word(String text, int from, int to) {
        return new Word(text.substring(from, to), range(from, to));
    }

    private TextPosition position(int offset) {
        int hint = lastLine;
        for (int line = hint; line <= hint + 1 && line + 1 < lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            if (start <= offset && offset < lines.lineStart(line + 1)) {
                lastLine = line;
                return new TextPosition(line, offset - start);
            }
        }
        TextPosition found = lines.position(offset);
        lastLine = found.line();
        return found;
    }
}
