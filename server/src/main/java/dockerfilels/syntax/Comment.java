package dockerfilels.syntax;

/** A comment line. {@code text} is what follows the '#', untrimmed. */
public record Comment(String text, TextRange range) {

    public Comment shift(int lines) {
        return lines == 0 ? this : new Comment(text, range.shift(lines));
    }
}
