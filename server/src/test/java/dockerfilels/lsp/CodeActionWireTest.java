package dockerfilels.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** textDocument/codeAction through the real server: quick fixes, ignore comments, fix all. */
class CodeActionWireTest {
    private static final String URI = "file:///project/Dockerfile";
    private static final String RULE = "MaintainerDeprecated";
    private static final String FIX_ALL = "source.fixAll.dockerfile-ls";
    private WireClient client;

    @BeforeEach
    void start() throws Exception {
        client = new WireClient();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
    }

    @Test
    void theServerAnnouncesQuickFixesAndFixAll() {
        var provider = client.initialize().getCapabilities().getCodeActionProvider().getRight();

        assertEquals(List.of(CodeActionKind.QuickFix, FIX_ALL), provider.getCodeActionKinds());
    }

    @Test
    void aFixableFindingGetsItsQuickFixAsAVersionedEdit() {
        initialize(true);
        client.open(URI, 3, "FROM alpine\nMAINTAINER me@example.com\n");

        List<CodeAction> actions = client.codeActions(URI, WireClient.range(1, 2, 1, 2), CodeActionKind.QuickFix);

        CodeAction fix = actions.get(0);
        assertEquals("Replace MAINTAINER with a LABEL", fix.getTitle());
        assertEquals(CodeActionKind.QuickFix, fix.getKind());
        assertEquals(Boolean.TRUE, fix.getIsPreferred());
        assertEquals(RULE, fix.getDiagnostics().get(0).getCode().getLeft());
        TextDocumentEdit change = fix.getEdit().getDocumentChanges().get(0).getLeft();
        assertEquals(URI, change.getTextDocument().getUri());
        assertEquals(3, change.getTextDocument().getVersion());
        assertEquals(List.of(new TextEdit(WireClient.range(1, 0, 1, 25),
                "LABEL org.opencontainers.image.authors=\"me@example.com\"")),
                change.getEdits().stream().map(e -> e.getLeft()).toList());
        assertEquals(List.of("Replace MAINTAINER with a LABEL", "Ignore " + RULE + " for this instruction",
                "Ignore " + RULE + " in this file"), actions.stream().map(CodeAction::getTitle).toList());
    }

    @Test
    void ignoringForThisInstructionInsertsACommentWithTheInstructionsIndentation() throws Exception {
        initialize(false);
        client.open(URI, 1, "FROM alpine\n\t  MAINTAINER me\n");

        CodeAction ignore = byTitle(client.codeActions(URI, WireClient.range(1, 4, 1, 4)),
                "Ignore " + RULE + " for this instruction");
        List<TextEdit> edits = ignore.getEdit().getChanges().get(URI);
        assertEquals(List.of(new TextEdit(WireClient.range(1, 0, 1, 0), "\t  # dockerfile-ls ignore=" + RULE + "\n")), edits);
        assertNull(ignore.getIsPreferred());

        client.change(URI, 2, edits.get(0).getRange(), edits.get(0).getNewText());
        assertEquals(List.of(), client.pull(URI).getRelatedFullDocumentDiagnosticReport().getItems());
    }

    @Test
    void ignoringInThisFileInsertsAGlobalCommentAfterTheParserDirectives() throws Exception {
        initialize(false);
        client.open(URI, 1, "# syntax=docker/dockerfile:1\r\n# escape=\\\r\nFROM alpine\r\nMAINTAINER me\r\n");

        CodeAction ignore = byTitle(client.codeActions(URI, WireClient.range(3, 0, 3, 10)), "Ignore " + RULE + " in this file");
        List<TextEdit> edits = ignore.getEdit().getChanges().get(URI);
        assertEquals(List.of(new TextEdit(WireClient.range(2, 0, 2, 0), "# dockerfile-ls global ignore=" + RULE + "\r\n")),
                edits);

        client.change(URI, 2, edits.get(0).getRange(), edits.get(0).getNewText());
        assertEquals(List.of(), client.pull(URI).getRelatedFullDocumentDiagnosticReport().getItems());
    }

    @Test
    void fixAllAppliesEverySafeFixInOneEdit() {
        initialize(false);
        client.open(URI, 1, "FROM alpine\nMAINTAINER a\nRUN ls\nMAINTAINER b\n");

        List<CodeAction> actions = client.codeActions(URI, WireClient.range(0, 0, 0, 0), "source.fixAll");

        assertEquals(1, actions.size(), actions.toString());
        assertEquals(FIX_ALL, actions.get(0).getKind());
        Map<String, List<TextEdit>> changes = actions.get(0).getEdit().getChanges();
        assertEquals(List.of(
                new TextEdit(WireClient.range(1, 0, 1, 12), "LABEL org.opencontainers.image.authors=\"a\""),
                new TextEdit(WireClient.range(3, 0, 3, 12), "LABEL org.opencontainers.image.authors=\"b\"")),
                changes.get(URI));
    }

    @Test
    void onlyTheDiagnosticsInTheRangeGetActionsAndOnlyTheKindsAsked() {
        initialize(false);
        client.open(URI, 1, "FROM alpine\nMAINTAINER a\nRUN ls\n");

        assertEquals(List.of(), client.codeActions(URI, WireClient.range(2, 0, 2, 3), CodeActionKind.QuickFix));
        assertTrue(client.codeActions(URI, WireClient.range(1, 0, 1, 3), FIX_ALL).stream()
                .allMatch(a -> a.getKind().equals(FIX_ALL)));
        List<CodeAction> all = client.codeActions(URI, WireClient.range(1, 0, 1, 3));
        assertEquals(4, all.size(), "fix, two ignores and fix all: " + all);
        assertEquals(List.of(), client.codeActions("file:///not/open", WireClient.range(0, 0, 0, 0)));
    }

    private void initialize(boolean documentChanges) {
        InitializeParams params = new InitializeParams();
        ClientCapabilities capabilities = new ClientCapabilities();
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(documentChanges);
        workspace.setWorkspaceEdit(edits);
        capabilities.setWorkspace(workspace);
        params.setCapabilities(capabilities);
        client.initialize(params);
    }

    private static CodeAction byTitle(List<CodeAction> actions, String title) {
        return actions.stream().filter(a -> a.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + title + "' in " + actions));
    }
}
