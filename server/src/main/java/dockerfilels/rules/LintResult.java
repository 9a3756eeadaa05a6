package dockerfilels.rules;

import dockerfilels.syntax.Diagnostic;
import java.util.List;

/**
 * The outcome of a lint: every diagnostic (syntax and rules, in document order), and the rule
 * findings behind them with the severity they were given, for quick fixes.
 */
public record LintResult(List<Diagnostic> diagnostics, List<Reported> findings) {

    /** A finding and the diagnostic it became. */
    public record Reported(Finding finding, Diagnostic diagnostic) {
    }

    public LintResult {
        diagnostics = List.copyOf(diagnostics);
        findings = List.copyOf(findings);
    }
}
