package dockerfilels.shell;

/**
 * Bounds the work of one expansion. BuildKit has no such limit; we need one because the language
 * server expands whatever is being typed, and pattern modifiers ({@code ${v#p}}, {@code ${v//p/r}})
 * on huge values or output built from many large values must not stall it.
 */
final class WorkBudget {
    /** Pattern-matching steps (NFA states visited) allowed for one word. */
    static final long MATCH_STEPS = 50_000_000L;
    /** Longest result we build, in chars. */
    static final int MAX_RESULT_CHARS = 16 * 1024 * 1024;

    private long remaining = MATCH_STEPS;

    void spend(long steps) throws ShellException {
        remaining -= steps;
        if (remaining < 0) {
            throw ShellException.limit("pattern matching in substitution is too expensive");
        }
    }

    static void checkSize(int length) throws ShellException {
        if (length > MAX_RESULT_CHARS) {
            throw ShellException.limit("expansion result is too large");
        }
    }
}
