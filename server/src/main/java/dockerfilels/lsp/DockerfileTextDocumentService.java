package dockerfilels.lsp;

import dockerfilels.features.CodeActions;
import dockerfilels.features.formatting.Formatter;
import dockerfilels.features.formatting.OnTypeFormatter;
import dockerfilels.settings.FormattingSettings;
import dockerfilels.lsp.DocumentStore.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentOnTypeFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Text document notifications and requests. Notifications update the store in message order on
 * the reader thread (an edit is cheap); requests take the snapshot current at their place in the
 * message order and compute on the server's executor.
 */
final class DockerfileTextDocumentService implements TextDocumentService {
    private final DocumentStore documents;
    private final DiagnosticsPublisher diagnostics;
    private final Executor executor;
    private final ClientLog log;
    private final Linting linting;
    private volatile boolean documentChanges;

    DockerfileTextDocumentService(DocumentStore documents, Linting linting, DiagnosticsPublisher diagnostics,
            Executor executor, ClientLog log) {
        this.documents = documents;
        this.linting = linting;
        this.diagnostics = diagnostics;
        this.executor = executor;
        this.log = log;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        diagnostics.schedule(documents.open(item.getUri(), item.getVersion(), item.getText()));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        var id = params.getTextDocument();
        Snapshot snapshot = documents.change(id.getUri(), id.getVersion(), params.getContentChanges());
        if (snapshot == null) {
            log.warning("didChange for a document that is not open: " + id.getUri());
            return;
        }
        diagnostics.schedule(snapshot);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        documents.close(uri, () -> diagnostics.cleared(uri));
        linting.forget(uri);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // Diagnostics come from the text we already hold; saving changes nothing.
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> Diagnostics.report(snapshot, linting));
    }

    /** Whether the client takes versioned document changes in a WorkspaceEdit (else plain changes). */
    void setDocumentChanges(boolean supported) {
        this.documentChanges = supported;
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> {
            if (snapshot == null || params.getRange() == null) {
                return List.of();
            }
            List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
            CodeActions.Request request = new CodeActions.Request(LspConversions.textRange(params.getRange()), only);
            List<Either<Command, CodeAction>> actions = new ArrayList<>();
            for (CodeActions.Action action : CodeActions.of(snapshot.document().text(), snapshot.document().model(),
                    linting.of(snapshot), request)) {
                actions.add(Either.forRight(
                        LspConversions.codeAction(action, snapshot.uri(), snapshot.version(), documentChanges)));
            }
            return actions;
        });
    }

    // Formatting and semantic tokens.

    private volatile Function<String, FormattingSettings> formattingSettings = uri -> FormattingSettings.DEFAULT;
    private SemanticTokensResults semanticTokens;

    /** Where formatting finds the user's formatting settings for a document. */
    void useFormattingSettings(Function<String, FormattingSettings> settings) {
        this.formattingSettings = settings;
    }

    /** The last semantic tokens sent for each document, which deltas are computed against. */
    private synchronized SemanticTokensResults semanticTokens() {
        if (semanticTokens == null) {
            semanticTokens = new SemanticTokensResults(documents);
        }
        return semanticTokens;
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> snapshot == null ? List.of()
                : FormattingConversions.edits(Formatter.document(snapshot.document().text(), snapshot.document().model(),
                        FormattingConversions.options(params.getOptions(), formattingSettings.apply(snapshot.uri())))));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> rangeFormatting(DocumentRangeFormattingParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> snapshot == null || params.getRange() == null ? List.of()
                : FormattingConversions.edits(Formatter.range(snapshot.document().text(), snapshot.document().model(),
                        LspConversions.textRange(params.getRange()),
                        FormattingConversions.options(params.getOptions(), formattingSettings.apply(snapshot.uri())))));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> onTypeFormatting(DocumentOnTypeFormattingParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> snapshot == null || params.getPosition() == null
                ? List.of()
                : FormattingConversions.edits(OnTypeFormatter.onType(snapshot.document().text(),
                        snapshot.document().model(), LspConversions.textPosition(params.getPosition()), params.getCh(),
                        FormattingConversions.options(params.getOptions(), formattingSettings.apply(snapshot.uri())))));
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> semanticTokens().full(snapshot));
    }

    @Override
    public CompletableFuture<Either<org.eclipse.lsp4j.SemanticTokens, SemanticTokensDelta>> semanticTokensFullDelta(
            SemanticTokensDeltaParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor,
                cancel -> semanticTokens().delta(snapshot, params.getPreviousResultId()));
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor,
                cancel -> semanticTokens().range(snapshot, LspConversions.textRange(params.getRange())));
    }
}
