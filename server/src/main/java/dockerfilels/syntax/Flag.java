package dockerfilels.syntax;

/**
 * A flag such as {@code --mount=type=cache,target=/root/.cache}. {@code name} and
 * {@code value} are as BuildKit reads them (quotes removed, escapes applied); the value is
 * null for a flag written without "=".
 */
public record Flag(Word word, String name, String value, TextRange nameRange, TextRange valueRange) {

    public TextRange range() {
        return word.range();
    }

    public boolean hasValue() {
        return value != null;
    }

    public Flag shift(int lines) {
        return lines == 0 ? this
                : new Flag(word.shift(lines), name, value, nameRange.shift(lines), valueRange == null ? null : valueRange.shift(lines));
    }
}
