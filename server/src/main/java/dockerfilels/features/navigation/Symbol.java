package dockerfilels.features.navigation;

/**
 * Something a name stands for: a stage, a variable (all the ARG and ENV declarations BuildKit
 * treats as one variable, see {@link VariableOccurrences}) or a heredoc. {@code key} tells symbols
 * apart; {@code fixed} says why it cannot be renamed, or is null when it can.
 */
public record Symbol(Kind kind, String name, Object key, String fixed) {

    public enum Kind { STAGE, VARIABLE, HEREDOC }

    public boolean renamable() {
        return fixed == null;
    }

    /** One object per symbol, shared by its occurrences: identity is equality (and cheap for large keys). */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
