package dockerfilels.syntax;

/**
 * A problem found in a Dockerfile. {@code code} is the stable id of the check that found it
 * (BuildKit's rule names for its checks, PascalCase names for syntax errors).
 */
public record Diagnostic(TextRange range, Severity severity, String code, String message) {

    public Diagnostic shift(int lines) {
        return lines == 0 ? this : new Diagnostic(range.shift(lines), severity, code, message);
    }
}
