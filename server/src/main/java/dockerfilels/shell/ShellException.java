package dockerfilels.shell;

/**
 * A word that BuildKit's shell lexer rejects. {@link #getMessage()} is BuildKit's full text
 * ({@code failed to process "word": reason}); {@link #reason()} is the part after the colon, which
 * is what a diagnostic on that word wants to show.
 */
public final class ShellException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final boolean limit;

    ShellException(String reason) {
        this(reason, reason, false);
    }

    private ShellException(String message, String reason, boolean limit) {
        super(message, null, false, false);
        this.reason = reason;
        this.limit = limit;
    }

    /** A word that is valid for BuildKit but exceeds one of our safety limits (nesting, size, work). */
    static ShellException limit(String reason) {
        return new ShellException(reason, reason, true);
    }

    /** This error wrapped the way BuildKit's {@code shellWord.process} wraps every error. */
    ShellException forWord(String word) {
        return new ShellException("failed to process " + GoText.quote(word) + ": " + reason, reason, limit);
    }

    public String reason() {
        return reason;
    }

    /** True when the word hit one of our own limits rather than a BuildKit error. */
    public boolean isLimit() {
        return limit;
    }
}
