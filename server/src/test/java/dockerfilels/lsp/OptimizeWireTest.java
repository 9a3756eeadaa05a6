package dockerfilels.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.ResourceOperationKind;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optimization rules over JSON-RPC: a fix that creates a .dockerignore, and unused stages tagged Unnecessary. */
class OptimizeWireTest {
    @TempDir
    Path workspace;
    private WireClient client;
    private String uri;

    @BeforeEach
    void start() throws Exception {
        client = new WireClient();
        uri = workspace.resolve("Dockerfile").toUri().toString();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
    }

    private void initialize(boolean createFiles) {
        InitializeParams params = new InitializeParams();
        ClientCapabilities capabilities = new ClientCapabilities();
        WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        if (createFiles) {
            edits.setResourceOperations(List.of(ResourceOperationKind.Create));
        }
        workspaceCapabilities.setWorkspaceEdit(edits);
        capabilities.setWorkspace(workspaceCapabilities);
        params.setCapabilities(capabilities);
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
        client.initialize(params);
    }

    @Test
    void theMissingDockerignoreFixCreatesTheFileAndFillsIt() {
        initialize(true);
        client.open(uri, 4, "FROM node:20-slim\nWORKDIR /app\nCOPY . .\n");

        List<CodeAction> actions = client.codeActions(uri, WireClient.range(2, 5, 2, 5), CodeActionKind.QuickFix);

        CodeAction create = actions.stream().filter(a -> a.getTitle().equals("Create a .dockerignore")).findFirst().orElseThrow();
        assertEquals("MissingDockerignore", create.getDiagnostics().get(0).getCode().getLeft());
        List<Either<TextDocumentEdit, ResourceOperation>> changes = create.getEdit().getDocumentChanges();
        String target = workspace.resolve(".dockerignore").toUri().toString();
        assertEquals(2, changes.size(), changes.toString());
        CreateFile createFile = (CreateFile) changes.get(0).getRight();
        assertEquals(target, createFile.getUri());
        assertTrue(createFile.getOptions().getIgnoreIfExists());
        TextDocumentEdit fill = changes.get(1).getLeft();
        assertEquals(target, fill.getTextDocument().getUri());
        assertNull(fill.getTextDocument().getVersion());
        TextEdit text = fill.getEdits().get(0).getLeft();
        assertEquals(WireClient.range(0, 0, 0, 0), text.getRange());
        assertTrue(text.getNewText().contains("\n.git\n**/node_modules\n"), text.getNewText());
        assertTrue(Files.notExists(workspace.resolve(".dockerignore")), "the server itself writes nothing");
    }

    @Test
    void aClientThatCannotCreateFilesIsNotOfferedTheFix() {
        initialize(false);
        client.open(uri, 1, "FROM node:20-slim\nWORKDIR /app\nCOPY . .\n");

        List<CodeAction> actions = client.codeActions(uri, WireClient.range(2, 5, 2, 5), CodeActionKind.QuickFix);

        assertEquals(List.of("Ignore MissingDockerignore for this instruction", "Ignore MissingDockerignore in this file"),
                actions.stream().map(CodeAction::getTitle).toList());
    }

    @Test
    void anUnusedStageIsTaggedUnnecessary() {
        initialize(false);
        client.open(uri, 1, "FROM alpine:3 AS tools\nRUN ls\nFROM scratch\n");

        List<Diagnostic> diagnostics = client.pull(uri).getRelatedFullDocumentDiagnosticReport().getItems();

        Diagnostic unused = diagnostics.stream().filter(d -> d.getCode().getLeft().equals("UnusedStage")).findFirst().orElseThrow();
        assertEquals(List.of(DiagnosticTag.Unnecessary), unused.getTags());
        assertEquals(WireClient.range(0, 0, 1, 6), unused.getRange());
        assertTrue(diagnostics.stream().filter(d -> !d.getCode().getLeft().equals("UnusedStage")).allMatch(d -> d.getTags() == null));
    }
}
