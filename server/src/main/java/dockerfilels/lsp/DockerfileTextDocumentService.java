package dockerfilels.lsp;

import dockerfilels.features.CodeActions;
import dockerfilels.features.completion.Completion;
import dockerfilels.features.completion.CompletionRequest;
import dockerfilels.features.hover.HoverRequest;
import dockerfilels.features.signature.Signatures;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import dockerfilels.features.lenses.InlayHints;
import dockerfilels.features.lenses.StageLenses;
import dockerfilels.features.links.DocumentLinks;
import dockerfilels.features.navigation.Definition;
import dockerfilels.features.navigation.Highlights;
import dockerfilels.features.navigation.Model;
import dockerfilels.features.navigation.References;
import dockerfilels.features.navigation.Rename;
import dockerfilels.features.structure.FoldingRanges;
import dockerfilels.features.structure.SelectionRanges;
import dockerfilels.features.symbols.DocumentSymbols;
import dockerfilels.syntax.TextPosition;
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
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentOnTypeFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
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
    private volatile boolean createFiles;

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

    /** Whether the client's document changes may create files (fixes such as a new .dockerignore). */
    void setCreateFiles(boolean supported) {
        this.createFiles = supported;
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
                CodeAction converted = LspConversions.codeAction(action, snapshot.uri(), snapshot.version(), documentChanges,
                        createFiles);
                if (converted != null) {
                    actions.add(Either.forRight(converted));
                }
            }
            return actions;
        });
    }

    // Navigation and structure: each a pure feature over the snapshot's Model.

    private final Models models = new Models();

    private Model model(Snapshot snapshot) {
        return models.of(snapshot);
    }

    private static TextPosition at(org.eclipse.lsp4j.Position position) {
        return position == null ? new TextPosition(0, 0) : LspConversions.textPosition(position);
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> Either.forLeft(snapshot == null ? List.of()
                : NavigationConversions.locations(snapshot.uri(), Definition.of(model(snapshot), at(params.getPosition())))));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        boolean declarations = params.getContext() == null || params.getContext().isIncludeDeclaration();
        return CompletableFutures.computeAsync(executor, cancel -> snapshot == null ? List.of()
                : NavigationConversions.locations(snapshot.uri(),
                        References.of(model(snapshot), at(params.getPosition()), declarations)));
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> snapshot == null ? List.of()
                : NavigationConversions.highlights(Highlights.of(model(snapshot), at(params.getPosition()))));
    }

    @Override
    public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
            PrepareRenameParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> snapshot == null ? null
                : NavigationConversions.prepared(Rename.prepare(model(snapshot), at(params.getPosition()))));
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> {
            if (snapshot == null) {
                throw NavigationConversions.refused("the document is not open");
            }
            Rename.Result result = Rename.rename(model(snapshot), at(params.getPosition()), params.getNewName());
            return NavigationConversions.renamed(result, snapshot.uri(), snapshot.version(), documentChanges);
        });
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> snapshot == null ? List.of()
                : DocumentSymbols.of(model(snapshot)).stream()
                        .map(s -> Either.<SymbolInformation, DocumentSymbol>forRight(StructureConversions.symbol(s))).toList());
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> snapshot == null ? List.of()
                : FoldingRanges.of(model(snapshot)).stream().map(StructureConversions::fold).toList());
    }

    @Override
    public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> {
            if (snapshot == null || params.getPositions() == null) {
                return List.of();
            }
            Model model = model(snapshot);
            return params.getPositions().stream()
                    .map(p -> StructureConversions.selection(SelectionRanges.at(model, at(p)))).toList();
        });
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> snapshot == null ? List.of()
                : StageLenses.of(model(snapshot)).stream().map(StructureConversions::lens).toList());
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> snapshot == null ? List.of()
                : InlayHints.of(model(snapshot), LspConversions.textRange(params.getRange())).stream()
                        .map(StructureConversions::hint).toList());
    }

    @Override
    public CompletableFuture<List<DocumentLink>> documentLink(DocumentLinkParams params) {
        Snapshot snapshot = documents.get(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(executor, cancel -> snapshot == null ? List.of()
                : DocumentLinks.of(model(snapshot)).stream().map(StructureConversions::link).toList());
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
