package dockerfilels.syntax;

/** A parser directive at the top of the file, e.g. {@code # syntax=docker/dockerfile:1}. Key lower-cased. */
public record Directive(String key, String value, TextRange keyRange, TextRange valueRange, TextRange range) {

    public Directive shift(int lines) {
        return lines == 0 ? this : new Directive(key, value, keyRange.shift(lines), valueRange.shift(lines), range.shift(lines));
    }
}
