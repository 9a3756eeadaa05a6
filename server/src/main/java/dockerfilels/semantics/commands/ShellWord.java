package dockerfilels.semantics.commands;

import dockerfilels.syntax.TextRange;

/**
 * A word of a shell command. {@code value} is what the shell passes on with quotes and escapes
 * removed but parameter expansions ({@code $X}, {@code $(...)}) left as written, since their value
 * is not known here; {@code raw} is the word as written; {@code range} is where it is in the file.
 */
public final class ShellWord {
    private final String value;
    private final String raw;
    private final TextRange range;
    private final boolean quoted;
    private final boolean expands;
    /** Offset in the parsed text of each value character, plus one for the end. */
    private final int[] origins;

    ShellWord(String value, String raw, TextRange range, boolean quoted, boolean expands, int[] origins) {
        this.value = value;
        this.raw = raw;
        this.range = range;
        this.quoted = quoted;
        this.expands = expands;
        this.origins = origins;
    }

    public String value() {
        return value;
    }

    public String raw() {
        return raw;
    }

    public TextRange range() {
        return range;
    }

    /** Whether any part of the word was quoted or escaped. */
    public boolean quoted() {
        return quoted;
    }

    /** Whether the word holds a parameter expansion or command substitution, so its value is only known at build time. */
    public boolean expands() {
        return expands;
    }

    /** Whether the word is an option ({@code -x}, {@code --name}, {@code --name=value}); {@code -} and {@code --} are not. */
    public boolean isOption() {
        return value.length() > 1 && value.charAt(0) == '-' && !value.equals("--");
    }

    int[] origins() {
        return origins;
    }

    @Override
    public String toString() {
        return raw + "@" + range;
    }
}
