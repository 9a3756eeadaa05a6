package dockerfilels.syntax;

/** A position in LSP terms: 0-based line, 0-based column counted in UTF-16 code units. */
public record TextPosition(int line, int character) implements Comparable<TextPosition> {

    @Override
    public int compareTo(TextPosition other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(character, other.character);
    }

    public boolean isBefore(TextPosition other) {
        return compareTo(other) < 0;
    }

    public TextPosition shift(int lines) {
        return lines == 0 ? this : new TextPosition(line + lines, character);
    }

    @Override
    public String toString() {
        return line + ":" + character;
    }
}
