package dockerfilels.lsp;

import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** The one place where our model's types become LSP4J's and back. */
public final class LspConversions {
    /** The {@code source} of every diagnostic we send. */
    public static final String SOURCE = "dockerfile-ls";

    private LspConversions() {
    }

    public static Diagnostic diagnostic(dockerfilels.syntax.Diagnostic diagnostic) {
        Diagnostic result = new Diagnostic(range(diagnostic.range()), diagnostic.message(),
                severity(diagnostic.severity()), SOURCE, diagnostic.code());
        return result;
    }

    public static List<Diagnostic> diagnostics(List<dockerfilels.syntax.Diagnostic> diagnostics) {
        return diagnostics.stream().map(LspConversions::diagnostic).toList();
    }

    public static DiagnosticSeverity severity(Severity severity) {
        return DiagnosticSeverity.forValue(severity.lspValue());
    }

    public static Range range(TextRange range) {
        return new Range(position(range.start()), position(range.end()));
    }

    public static Position position(TextPosition position) {
        return new Position(position.line(), position.character());
    }

    /** A client's range as ours; null (a full-text change) stays null. */
    public static TextRange textRange(Range range) {
        if (range == null || range.getStart() == null || range.getEnd() == null) {
            return null;
        }
        return new TextRange(textPosition(range.getStart()), textPosition(range.getEnd()));
    }

    public static TextPosition textPosition(Position position) {
        return new TextPosition(position.getLine(), position.getCharacter());
    }
}
