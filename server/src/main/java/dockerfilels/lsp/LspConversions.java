package dockerfilels.lsp;

import dockerfilels.features.CodeActions;
import dockerfilels.rules.Fix;
import dockerfilels.rules.Rule;
import dockerfilels.rules.Rules;
import dockerfilels.rules.UnnecessaryCodeRule;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.ResourceOperationKind;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
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
        if (Rules.byName(diagnostic.code()) instanceof UnnecessaryCodeRule) {
            result.setTags(List.of(DiagnosticTag.Unnecessary));
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
        return codeAction(action, uri, version, documentChanges, false);
    }

    /**
     * The same for a client that may also create files ({@code createFiles}: it takes
     * {@code documentChanges} with the {@code create} resource operation). An action that creates
     * files becomes a CreateFile (kept if the file exists) and an edit filling the new file; null
     * when the client cannot create files.
     */
    public static CodeAction codeAction(CodeActions.Action action, String uri, Integer version, boolean documentChanges,
            boolean createFiles) {
        if (!action.files().isEmpty()) {
            return createFiles && documentChanges ? creatingFiles(action, uri, version) : null;
        }
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

    private static CodeAction creatingFiles(CodeActions.Action action, String uri, Integer version) {
        CodeAction result = codeAction(new CodeActions.Action(action.title(), action.kind(), action.diagnostics(),
                action.edits(), action.preferred()), uri, version, true);
        List<Either<TextDocumentEdit, ResourceOperation>> changes = new java.util.ArrayList<>();
        if (!action.edits().isEmpty()) {
            changes.addAll(result.getEdit().getDocumentChanges());
        }
        for (Fix.NewFile file : action.files()) {
            String target = resolve(uri, file.path());
            CreateFileOptions options = new CreateFileOptions(false, true);
            changes.add(Either.forRight(new CreateFile(target, options)));
            TextEdit fill = new TextEdit(new Range(new Position(0, 0), new Position(0, 0)), file.text());
            changes.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(target, null),
                    List.of(Either.<TextEdit, SnippetTextEdit>forLeft(fill)))));
        }
        result.setEdit(new WorkspaceEdit(changes));
        return result;
    }

    /** A path relative to a document's folder as a URI, written as the document's ({@code file:///}, not {@code file:/}). */
    static String resolve(String uri, String relative) {
        String resolved = java.net.URI.create(uri).resolve(relative).toString();
        if (uri.startsWith("file:///") && resolved.startsWith("file:/") && !resolved.startsWith("file://")) {
            return "file://" + resolved.substring("file:".length());
        }
        return resolved;
    }

    /** Whether the client takes {@code documentChanges} that create files. */
    public static boolean clientCreatesFiles(ClientCapabilities capabilities) {
        if (capabilities == null || capabilities.getWorkspace() == null || capabilities.getWorkspace().getWorkspaceEdit() == null) {
            return false;
        }
        WorkspaceEditCapabilities edits = capabilities.getWorkspace().getWorkspaceEdit();
        return Boolean.TRUE.equals(edits.getDocumentChanges()) && edits.getResourceOperations() != null
                && edits.getResourceOperations().contains(ResourceOperationKind.Create);
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
