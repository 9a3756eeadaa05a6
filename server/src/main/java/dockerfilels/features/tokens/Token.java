package dockerfilels.features.tokens;

/** One semantic token: on one line, {@code length} UTF-16 units from {@code character}. */
public record Token(int line, int character, int length, TokenType type, int modifiers) {
}
