package dockerfilels.lsp;

import dockerfilels.features.CodeActions;
import dockerfilels.rules.Rule;
import dockerfilels.rules.Rules;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** The one place where our model's types become LSP4J's and back. */
public final class LspConversions {
    /** The {@code source} of every diagnostic we send. */
    public static final String SOURCE = "dockerfile-ls";

    private LspConversions() {
    }

    public static Diagnostic diagnostic(dockerfilels.syntax.Diagnostic diagnostic) {
        Diagnostic result = new Diagnostic(range(diagnostic.range()), diagnostic.message(),
                severity(diagnostic.severity()), SOURCE, diagnostic.code());
        String url = ruleUrl(diagnostic.code());
        if (url != null) {
            result.setCodeDescription(new DiagnosticCodeDescription(url));
        }
        return result;
    }

    public static List<Diagnostic> diagnostics(List<dockerfilels.syntax.Diagnostic> diagnostics) {
        return diagnostics.stream().map(LspConversions::diagnostic).toList();
    }

    /** The documentation URL of the rule with this id (BuildKit's page for its checks); null for syntax codes. */
    public static String ruleUrl(String code) {
        Rule rule = code == null ? null : Rules.byName(code);
        return rule == null ? null : rule.info().url();
    }

    /** A code action, with its edits for {@code uri} as a versioned document change or as plain changes. */
    public static CodeAction codeAction(CodeActions.Action action, String uri, Integer version, boolean documentChanges) {
        CodeAction result = new CodeAction(action.title());
        result.setKind(action.kind());
        if (!action.diagnostics().isEmpty()) {
            result.setDiagnostics(diagnostics(action.diagnostics()));
        }
        if (action.preferred()) {
            result.setIsPreferred(true);
        }
        List<TextEdit> edits = action.edits().stream()
                .map(edit -> new TextEdit(range(edit.range()), edit.newText())).toList();
        WorkspaceEdit edit = new WorkspaceEdit();
        if (documentChanges) {
            edit.setDocumentChanges(List.of(Either.forLeft(
                    new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version),
                            edits.stream().map(e -> Either.<TextEdit, SnippetTextEdit>forLeft(e)).toList()))));
        } else {
            edit.setChanges(Map.of(uri, edits));
        }
        result.setEdit(edit);
        return result;
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
