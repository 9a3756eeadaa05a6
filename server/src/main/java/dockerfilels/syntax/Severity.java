package dockerfilels.syntax;

/** Diagnostic severities, in LSP order (ERROR = 1). */
public enum Severity {
    ERROR, WARNING, INFORMATION, HINT;

    /** The LSP number of this severity. */
    public int lspValue() {
        return ordinal() + 1;
    }
}
