package dockerfilels.syntax;

/**
 * One pair of an ENV or LABEL instruction. {@code legacy} marks the old {@code ENV key value}
 * form, whose value is the whole rest of the line.
 */
public record KeyValue(Word key, Word value, boolean legacy) {

    public TextRange range() {
        return new TextRange(key.range().start(), value.range().end());
    }

    public KeyValue shift(int lines) {
        return lines == 0 ? this : new KeyValue(key.shift(lines), value.shift(lines), legacy);
    }
}
