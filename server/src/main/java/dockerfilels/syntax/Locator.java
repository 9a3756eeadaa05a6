package dockerfilels.syntax;

/** Turns offsets in an instruction's logical text into source positions. */
final class Locator {
    private final SourceMap map;
    private final LineIndex lines;

    Locator(SourceMap map, LineIndex lines) {
        this.map = map;
        this.lines = lines;
    }

    TextPosition start(int logical) {
        return lines.position(map.startOffset(logical));
    }

    TextPosition end(int logical) {
        return lines.position(map.endOffset(logical));
    }

    /** The range of logical text [from, to); an empty range sits at {@code from}. */
    TextRange range(int from, int to) {
        TextPosition start = start(from);
        return new TextRange(start, to <= from ? start : end(to));
    }

    Word word(String text, int from, int to) {
        return new Word(text.substring(from, to), range(from, to));
    }
}
