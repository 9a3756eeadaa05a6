package dockerfilels.features.hover;

import dockerfilels.rules.LintResult;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.TextPosition;

/** What hover needs: a snapshot's model and text, the cursor, and the lint of that snapshot (or null). */
public record HoverRequest(Dockerfile model, String text, TextPosition position, LintResult lint) {
}
