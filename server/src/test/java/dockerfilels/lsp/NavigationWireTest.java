package dockerfilels.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Navigation and structure requests through the real server over JSON-RPC. */
class NavigationWireTest {
    private static final String URI = "file:///project/Dockerfile";
    private static final String TEXT = "ARG TAG=1.22\nFROM golang:${TAG} AS build\nRUN <<EOF\ngo build\nEOF\n"
            + "FROM alpine AS runtime\nCOPY --from=build /out /app\nCOPY --from=0 /x /x\n";
    private WireClient client;

    @BeforeEach
    void start() throws Exception {
        client = new WireClient();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
    }

    private TextDocumentService documents() {
        return client.server.getTextDocumentService();
    }

    private static TextDocumentIdentifier doc() {
        return new TextDocumentIdentifier(URI);
    }

    @Test
    void theServerAnnouncesEveryNavigationCapability() {
        ServerCapabilities c = client.initialize(preparingRename()).getCapabilities();

        assertTrue(c.getDefinitionProvider().getLeft());
        assertTrue(c.getReferencesProvider().getLeft());
        assertTrue(c.getDocumentHighlightProvider().getLeft());
        assertTrue(c.getRenameProvider().getRight().getPrepareProvider());
        assertTrue(c.getDocumentSymbolProvider().getLeft());
        assertTrue(c.getWorkspaceSymbolProvider().getLeft());
        assertTrue(c.getFoldingRangeProvider().getLeft());
        assertTrue(c.getSelectionRangeProvider().getLeft());
        assertEquals(false, c.getCodeLensProvider().getResolveProvider());
        assertTrue(c.getInlayHintProvider().getLeft());
        assertEquals(false, c.getDocumentLinkProvider().getResolveProvider());
    }

    @Test
    void prepareRenameIsAnnouncedOnlyToClientsThatSupportIt() {
        assertEquals(true, client.initialize().getCapabilities().getRenameProvider().getLeft());
    }

    private static InitializeParams preparingRename() {
        InitializeParams params = new InitializeParams();
        org.eclipse.lsp4j.ClientCapabilities capabilities = new org.eclipse.lsp4j.ClientCapabilities();
        org.eclipse.lsp4j.TextDocumentClientCapabilities text = new org.eclipse.lsp4j.TextDocumentClientCapabilities();
        org.eclipse.lsp4j.RenameCapabilities rename = new org.eclipse.lsp4j.RenameCapabilities();
        rename.setPrepareSupport(true);
        text.setRename(rename);
        capabilities.setTextDocument(text);
        params.setCapabilities(capabilities);
        return params;
    }

    @Test
    void definitionReferencesAndHighlightsOfAStage() {
        client.initialize();
        client.open(URI, 1, TEXT);

        List<? extends Location> definition = WireClient.join(documents().definition(
                new DefinitionParams(doc(), new Position(6, 14)))).getLeft();
        assertEquals(List.of(new Location(URI, WireClient.range(1, 22, 1, 27))), definition);

        List<? extends Location> references = WireClient.join(documents().references(
                new ReferenceParams(doc(), new Position(1, 23), new ReferenceContext(false))));
        assertEquals(List.of(new Location(URI, WireClient.range(6, 12, 6, 17)), new Location(URI, WireClient.range(7, 12, 7, 13))),
                references);

        List<? extends DocumentHighlight> highlights = WireClient.join(documents().documentHighlight(
                new DocumentHighlightParams(doc(), new Position(1, 15))));
        assertEquals(List.of(new DocumentHighlight(WireClient.range(0, 4, 0, 7), DocumentHighlightKind.Write),
                new DocumentHighlight(WireClient.range(1, 14, 1, 17), DocumentHighlightKind.Read)), highlights);
    }

    @Test
    void renameEditsEveryOccurrenceAndRefusesWithAMessage() throws Exception {
        client.initialize();
        client.open(URI, 1, TEXT);

        var prepared = WireClient.join(documents().prepareRename(new PrepareRenameParams(doc(), new Position(3, 1))));
        assertNull(prepared, "a plain word in a heredoc body is nothing to rename");
        prepared = WireClient.join(documents().prepareRename(new PrepareRenameParams(doc(), new Position(4, 1))));
        assertEquals(WireClient.range(4, 0, 4, 3), prepared.getSecond().getRange(), "the terminator under the cursor");
        assertEquals("EOF", prepared.getSecond().getPlaceholder());

        List<TextEdit> edits = WireClient.join(documents().rename(new RenameParams(doc(), new Position(6, 14), "compile")))
                .getChanges().get(URI);
        assertEquals(List.of(new TextEdit(WireClient.range(1, 22, 1, 27), "compile"),
                new TextEdit(WireClient.range(6, 12, 6, 17), "compile")), edits);

        ExecutionException refused = assertThrows(ExecutionException.class, () -> documents()
                .rename(new RenameParams(doc(), new Position(6, 14), "Not Valid")).get(WireClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        ResponseErrorException error = (ResponseErrorException) refused.getCause();
        assertTrue(error.getResponseError().getMessage().startsWith("invalid stage name 'Not Valid'"), error.getMessage());

        ExecutionException image = assertThrows(ExecutionException.class, () -> documents()
                .prepareRename(new PrepareRenameParams(doc(), new Position(5, 7))).get(WireClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        assertEquals("alpine names an image, not a stage: images are never renamed",
                ((ResponseErrorException) image.getCause()).getResponseError().getMessage());
    }

    @Test
    void outlineFoldingAndSelection() {
        client.initialize();
        client.open(URI, 1, TEXT);

        List<DocumentSymbol> symbols = WireClient.join(documents().documentSymbol(new DocumentSymbolParams(doc())))
                .stream().map(e -> e.getRight()).toList();
        assertEquals(List.of("TAG", "build", "runtime"), symbols.stream().map(DocumentSymbol::getName).toList());
        assertEquals(SymbolKind.Class, symbols.get(1).getKind());
        assertEquals(List.of("RUN"), symbols.get(1).getChildren().stream().map(DocumentSymbol::getName).toList());

        List<FoldingRange> folds = WireClient.join(documents().foldingRange(new FoldingRangeRequestParams(doc())));
        assertEquals(List.of("1-4", "2-4", "5-7"), folds.stream().map(f -> f.getStartLine() + "-" + f.getEndLine()).toList());

        List<SelectionRange> selections = WireClient.join(documents().selectionRange(
                new SelectionRangeParams(doc(), List.of(new Position(6, 14)))));
        assertEquals(WireClient.range(6, 12, 6, 17), selections.get(0).getRange());
        assertEquals(WireClient.range(6, 5, 6, 17), selections.get(0).getParent().getRange());
    }

    @Test
    void lensesHintsAndLinks() {
        client.initialize();
        client.open(URI, 1, TEXT);

        List<? extends CodeLens> lenses = WireClient.join(documents().codeLens(new CodeLensParams(doc())));
        assertEquals(List.of("built from golang:1.22", "used by: runtime", "built from alpine", "final image"),
                lenses.stream().map(l -> l.getCommand().getTitle()).toList());

        List<InlayHint> hints = WireClient.join(documents().inlayHint(new InlayHintParams(doc(), WireClient.range(0, 0, 9, 0))));
        assertEquals(List.of("= golang:1.22", "build"), hints.stream().map(h -> h.getLabel().getLeft()).toList());

        List<DocumentLink> links = WireClient.join(documents().documentLink(new DocumentLinkParams(doc())));
        assertTrue(links.stream().anyMatch(l -> l.getTarget().equals("https://hub.docker.com/_/golang")
                && l.getRange().equals(WireClient.range(1, 5, 1, 18))), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.getTarget().equals("https://docs.docker.com/reference/dockerfile/#run")));
    }

    @Test
    void workspaceSymbolsFindStagesInOpenDocumentsAndInTheWorkspace(@TempDir Path workspace) throws Exception {
        Files.writeString(workspace.resolve("api.Dockerfile"), "FROM golang AS api-build\n");
        Files.createDirectories(workspace.resolve("node_modules/x"));
        Files.writeString(workspace.resolve("node_modules/x/Dockerfile"), "FROM node AS hidden-build\n");
        InitializeParams params = new InitializeParams();
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "w")));
        client.initialize(params);
        client.open(URI, 1, TEXT);

        List<? extends WorkspaceSymbol> found = WireClient.join(client.server.getWorkspaceService()
                .symbol(new WorkspaceSymbolParams("build"))).getRight();
        assertEquals(List.of("build " + URI, "api-build " + workspace.resolve("api.Dockerfile").toUri()),
                found.stream().map(s -> s.getName() + " " + s.getLocation().getLeft().getUri()).toList());
    }

    @Test
    void brokenAndUnknownDocumentsGetEmptyAnswers() {
        client.initialize();
        client.open(URI, 1, "FROM alpine\nRUN --mo");
        TextDocumentIdentifier unknown = new TextDocumentIdentifier("file:///not/open");

        assertEquals(List.of(), WireClient.join(documents().definition(new DefinitionParams(doc(), new Position(1, 8)))).getLeft());
        assertEquals(List.of(), WireClient.join(documents().references(
                new ReferenceParams(unknown, new Position(0, 0), new ReferenceContext(true)))));
        assertEquals(List.of(), WireClient.join(documents().documentSymbol(new DocumentSymbolParams(unknown))));
        assertEquals(List.of(), WireClient.join(documents().codeLens(new CodeLensParams(unknown))));
        assertEquals(List.of("final image"), WireClient.join(documents().codeLens(new CodeLensParams(doc()))).stream()
                .skip(1).map(l -> l.getCommand().getTitle()).toList());
        assertEquals(List.of(), WireClient.join(documents().inlayHint(new InlayHintParams(doc(), WireClient.range(0, 0, 5, 0)))));
    }
}
