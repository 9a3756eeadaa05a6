package dockerfilels.lsp;

import dockerfilels.features.CodeActions;
import dockerfilels.features.completion.Completion;
import dockerfilels.features.completion.CompletionRequest;
import dockerfilels.features.hover.HoverRequest;
import dockerfilels.features.signature.Signatures;
import dockerfilels.lsp.DocumentStore.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
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
    private volatile EditorCapabilities editor = EditorCapabilities.PLAIN;

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

    // Completion, hover and signature help

    /** What the client can show (snippets, Markdown), as it said in initialize. */
    void setEditorCapabilities(EditorCapabilities capabilities) {
        this.editor = capabilities;
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        List<Snapshot> others = documents.all();
        EditorCapabilities capabilities = editor;
        return CompletableFutures.computeAsync(executor, cancel -> {
            if (snapshot == null || params.getPosition() == null) {
                return Either.forLeft(List.of());
            }
            List<String> images = new ArrayList<>();
            for (Snapshot other : others) {
                if (!other.uri().equals(snapshot.uri())) {
                    images.addAll(Completion.imagesOf(other.document().model()));
                }
            }
            CompletionRequest request = new CompletionRequest(snapshot.document().model(), snapshot.document().text(),
                    LspConversions.textPosition(params.getPosition()), capabilities.snippets(), linting.buildContext(snapshot), images);
            return Either.forLeft(CompletionConversions.items(Completion.complete(request), capabilities));
        });
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        EditorCapabilities capabilities = editor;
        return CompletableFutures.computeAsync(executor, cancel -> {
            if (snapshot == null || params.getPosition() == null) {
                return null;
            }
            HoverRequest request = new HoverRequest(snapshot.document().model(), snapshot.document().text(),
                    LspConversions.textPosition(params.getPosition()), linting.of(snapshot));
            return dockerfilels.features.hover.Hover.at(request).map(h -> HoverConversions.hover(h, capabilities)).orElse(null);
        });
    }

    @Override
    public CompletableFuture<SignatureHelp> signatureHelp(SignatureHelpParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        EditorCapabilities capabilities = editor;
        return CompletableFutures.computeAsync(executor, cancel -> {
            if (snapshot == null || params.getPosition() == null) {
                return null;
            }
            return Signatures.at(snapshot.document().model(), snapshot.document().text(), LspConversions.textPosition(params.getPosition()))
                    .map(h -> SignatureConversions.help(h, capabilities)).orElse(null);
        });
    }
}
