package dockerfilels.lsp;

import dockerfilels.lsp.DocumentStore.Snapshot;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
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

    DockerfileTextDocumentService(DocumentStore documents, DiagnosticsPublisher diagnostics, Executor executor,
            ClientLog log) {
        this.documents = documents;
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
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // Diagnostics come from the text we already hold; saving changes nothing.
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> Diagnostics.report(snapshot));
    }
}
