package dockerfilels.syntax;

/** A half-open range [start, end) in LSP terms (0-based lines, UTF-16 columns). */
public record TextRange(TextPosition start, TextPosition end) {

    public static TextRange of(int startLine, int startCharacter, int endLine, int endCharacter) {
        return new TextRange(new TextPosition(startLine, startCharacter), new TextPosition(endLine, endCharacter));
    }

    /** True when the position is inside the range or at its end (where a cursor after a word still "touches" it). */
    public boolean touches(TextPosition position) {
        return start.compareTo(position) <= 0 && position.compareTo(end) <= 0;
    }

    public boolean isEmpty() {
        return start.equals(end);
    }

    public TextRange shift(int lines) {
        return lines == 0 ? this : new TextRange(start.shift(lines), end.shift(lines));
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
