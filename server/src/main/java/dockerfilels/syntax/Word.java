package dockerfilels.syntax;

/** A word of an instruction as written (quotes and escapes kept), with its source range. */
public record Word(String text, TextRange range) {

    public Word shift(int lines) {
        return lines == 0 ? this : new Word(text, range.shift(lines));
    }
}
