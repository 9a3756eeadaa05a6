package dockerfilels.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule diagnostics and settings through the real server: the linter's results, configured every way a client can. */
class LintWireTest {
    private static final String URI = "file:///project/Dockerfile";
    private static final String MAINTAINER = "FROM alpine\nMAINTAINER me@example.com\n";
    private static final String RULE = "MaintainerDeprecated";
    private WireClient client;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        client = new WireClient();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
    }

    @Test
    void ruleDiagnosticsArePublishedWithTheRulesIdSourceAndDocumentation() throws Exception {
        client.initialize();
        client.open(URI, 1, MAINTAINER);

        List<Diagnostic> diagnostics = client.awaitPublishedVersion(URI, 1).getDiagnostics();
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        Diagnostic diagnostic = diagnostics.get(0);
        assertEquals(RULE, diagnostic.getCode().getLeft());
        assertEquals("dockerfile-ls", diagnostic.getSource());
        assertEquals(DiagnosticSeverity.Warning, diagnostic.getSeverity());
        assertEquals(WireClient.range(1, 0, 1, 10), diagnostic.getRange());
        assertEquals("Maintainer instruction is deprecated in favor of using label", diagnostic.getMessage().getLeft());
        assertEquals("https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/",
                diagnostic.getCodeDescription().getHref());
    }

    @Test
    void pulledDiagnosticsAreTheSameAsPushedOnes() throws Exception {
        client.initialize();
        client.open(URI, 1, MAINTAINER + "FOO x\n");

        List<Diagnostic> pushed = client.awaitPublishedVersion(URI, 1).getDiagnostics();
        List<Diagnostic> pulled = client.pull(URI).getRelatedFullDocumentDiagnosticReport().getItems();
        assertEquals(pushed, pulled);
        assertEquals(List.of(RULE, "UnknownInstruction"), pulled.stream().map(d -> d.getCode().getLeft()).toList());
        assertEquals(null, pulled.get(1).getCodeDescription(), "syntax errors have no rule page");
    }

    @Test
    void initializationOptionsSetRuleLevelsInTheSettingsEnvelope() throws Exception {
        InitializeParams params = new InitializeParams();
        params.setInitializationOptions(json("{\"settings\":{\"dockerfile-ls\":{\"rules\":{\"" + RULE + "\":\"error\"}}}}"));
        client.initialize(params);
        client.open(URI, 1, MAINTAINER);

        assertEquals(DiagnosticSeverity.Error, client.awaitPublishedVersion(URI, 1).getDiagnostics().get(0).getSeverity());
    }

    @Test
    void initializationOptionsMayBeOurSectionDirectlyAndCategoriesWork() throws Exception {
        InitializeParams params = new InitializeParams();
        params.setInitializationOptions(json("{\"dockerfile-ls\":{\"categories\":{\"buildkit-check\":\"off\"}}}"));
        client.initialize(params);
        client.open(URI, 1, MAINTAINER);

        assertEquals(List.of(), client.awaitPublishedVersion(URI, 1).getDiagnostics());
    }

    @Test
    void aBadValueCostsOnlyThatValueAndIsLogged() throws Exception {
        InitializeParams params = new InitializeParams();
        params.setInitializationOptions(json("{\"dockerfile-ls\":{\"rules\":{\"Other\":\"loud\",\"" + RULE
                + "\":\"hint\"},\"categories\":[1],\"buildContext\":{\"x\":1}}}"));
        client.initialize(params);
        client.open(URI, 1, MAINTAINER);

        assertEquals(DiagnosticSeverity.Hint, client.awaitPublishedVersion(URI, 1).getDiagnostics().get(0).getSeverity());
        String log = logged();
        assertTrue(log.contains("rules.Other: 'loud' is not one of off, hint, info, warning, error"), log);
        assertTrue(log.contains("categories: expected an object"), log);
        assertTrue(log.contains("buildContext: expected a string"), log);
    }

    @Test
    void didChangeConfigurationRelintsOpenDocuments() throws Exception {
        client.initialize();
        client.open(URI, 1, MAINTAINER);
        assertEquals(1, client.awaitPublishedVersion(URI, 1).getDiagnostics().size());

        client.changeConfiguration(json("{\"dockerfile-ls\":{\"rules\":{\"" + RULE + "\":\"off\"}}}"));
        assertEquals(List.of(), client.awaitPublishedVersion(URI, 1).getDiagnostics());
        assertEquals(List.of(), client.pull(URI).getRelatedFullDocumentDiagnosticReport().getItems());

        client.changeConfiguration(json("{\"dockerfile-ls\":{\"rules\":{\"" + RULE + "\":\"info\"}}}"));
        assertEquals(DiagnosticSeverity.Information,
                client.awaitPublishedVersion(URI, 1).getDiagnostics().get(0).getSeverity());
    }

    @Test
    void aClientThatServesConfigurationIsAskedForOurSection() throws Exception {
        client.configuration = json("{\"rules\":{\"" + RULE + "\":\"error\"}}");
        InitializeParams params = new InitializeParams();
        params.setCapabilities(configurationClient(false));
        client.initialize(params);

        var request = client.configurationRequests.poll(WireClient.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(request, "no workspace/configuration request");
        assertEquals("dockerfile-ls", request.getItems().get(0).getSection());
        client.open(URI, 1, MAINTAINER);
        client.awaitPublished(URI, p -> p.getDiagnostics().size() == 1
                && p.getDiagnostics().get(0).getSeverity() == DiagnosticSeverity.Error);

        client.configuration = json("{\"rules\":{\"" + RULE + "\":\"off\"}}");
        client.changeConfiguration(json("{}"));
        assertNotNull(client.configurationRequests.poll(WireClient.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        client.awaitPublished(URI, p -> p.getDiagnostics().isEmpty());
    }

    @Test
    void aPullingClientIsAskedToPullAgainWhenSettingsChange() throws Exception {
        InitializeParams params = new InitializeParams();
        params.setCapabilities(configurationClient(true));
        client.configuration = json("{}");
        client.initialize(params);
        client.open(URI, 1, MAINTAINER);
        assertEquals(1, client.pull(URI).getRelatedFullDocumentDiagnosticReport().getItems().size());

        client.configuration = json("{\"rules\":{\"" + RULE + "\":\"off\"}}");
        client.changeConfiguration(json("{}"));

        assertNotNull(client.refreshes.poll(WireClient.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "no refresh");
        assertEquals(List.of(), client.pull(URI).getRelatedFullDocumentDiagnosticReport().getItems());
    }

    @Test
    void aProjectFileOverridesClientSettingsPerKey() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(workspace.resolve(".dockerfile-ls.json"), "{\"rules\":{\"" + RULE + "\":\"error\"}}");
        Path sub = Files.createDirectories(workspace.resolve("app/sub"));
        String uri = sub.resolve("Dockerfile").toUri().toString();
        InitializeParams params = new InitializeParams();
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
        params.setInitializationOptions(json("{\"dockerfile-ls\":{\"rules\":{\"" + RULE + "\":\"hint\"}}}"));
        client.initialize(params);

        client.open(uri, 1, MAINTAINER);
        assertEquals(DiagnosticSeverity.Error, client.awaitPublishedVersion(uri, 1).getDiagnostics().get(0).getSeverity());
    }

    @Test
    void aProjectFileAboveTheWorkspaceFolderIsNotRead() throws Exception {
        Files.writeString(dir.resolve(".dockerfile-ls.json"), "{\"rules\":{\"" + RULE + "\":\"off\"}}");
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        String uri = workspace.resolve("Dockerfile").toUri().toString();
        InitializeParams params = new InitializeParams();
        params.setRootUri(workspace.toUri().toString());
        client.initialize(params);

        client.open(uri, 1, MAINTAINER);
        assertEquals(1, client.awaitPublishedVersion(uri, 1).getDiagnostics().size());
    }

    @Test
    void aProjectFileThatIsNotJsonIsOneWarning() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(workspace.resolve(".dockerfile-ls.json"), "{\"rules\": ");
        String uri = workspace.resolve("Dockerfile").toUri().toString();
        InitializeParams params = new InitializeParams();
        params.setRootUri(workspace.toUri().toString());
        client.initialize(params);

        client.open(uri, 1, MAINTAINER);
        assertEquals(1, client.awaitPublishedVersion(uri, 1).getDiagnostics().size());
        client.change(uri, 2, WireClient.range(0, 0, 0, 0), "# x\n");
        client.awaitPublishedVersion(uri, 2);
        String log = logged();
        int first = log.indexOf(".dockerfile-ls.json: not JSON");
        assertTrue(first >= 0, log);
        assertEquals(-1, log.indexOf(".dockerfile-ls.json: not JSON", first + 1), "warned twice: " + log);
    }

    @Test
    void aChangedProjectFileIsReadAgainWhenTheClientSaysFilesChanged() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        Path settingsFile = Files.writeString(workspace.resolve(".dockerfile-ls.json"), "{\"rules\":{\"" + RULE + "\":\"error\"}}");
        String uri = workspace.resolve("Dockerfile").toUri().toString();
        WorkspaceClientCapabilities capabilities = new WorkspaceClientCapabilities();
        capabilities.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities(capabilities, null, null));
        params.setRootUri(workspace.toUri().toString());
        client.initialize(params);

        var registration = client.registrations.poll(WireClient.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(registration, "no file watchers registered");
        assertEquals("workspace/didChangeWatchedFiles", registration.getRegistrations().get(0).getMethod());
        // On the wire the options are plain JSON to the client.
        var options = (com.google.gson.JsonObject) registration.getRegistrations().get(0).getRegisterOptions();
        assertEquals(json("[{\"globPattern\":\"**/.dockerfile-ls.json\"},{\"globPattern\":\"**/.dockerignore\"},"
                + "{\"globPattern\":\"**/{Makefile,makefile,GNUmakefile,package*.json,requirements*.txt,*.gradle*,pom.xml,go.mod,go.sum}\"}]"),
                options.get("watchers"));
        client.open(uri, 1, MAINTAINER);
        assertEquals(DiagnosticSeverity.Error, client.awaitPublishedVersion(uri, 1).getDiagnostics().get(0).getSeverity());

        Files.writeString(settingsFile, "{\"rules\":{\"" + RULE + "\":\"off\"}}");
        client.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(settingsFile.toUri().toString(), FileChangeType.Changed))));

        assertEquals(List.of(), client.awaitPublishedVersion(uri, 1).getDiagnostics());
    }

    @Test
    void theBuildContextIsReadInsideTheWorkspaceFolderOnly() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(workspace.resolve(".dockerignore"), "*.env\n");
        Files.writeString(dir.resolve(".dockerignore"), "*.yaml\n");
        Path app = Files.createDirectories(workspace.resolve("app"));
        String uri = app.resolve("Dockerfile").toUri().toString();
        InitializeParams params = new InitializeParams();
        params.setRootUri(workspace.toUri().toString());
        params.setInitializationOptions(json("{\"dockerfile-ls\":{\"buildContext\":\"..\"}}"));
        client.initialize(params);

        client.open(uri, 1, "FROM alpine\nCOPY prod.env /app/\nCOPY config.yaml /app/\n");
        List<Diagnostic> diagnostics = client.awaitPublishedVersion(uri, 1).getDiagnostics();
        assertEquals(List.of("CopyIgnoredFile"), diagnostics.stream().map(d -> d.getCode().getLeft()).toList());
        assertEquals(1, diagnostics.get(0).getRange().getStart().getLine());

        client.changeConfiguration(json("{\"dockerfile-ls\":{\"buildContext\":\"../..\"}}"));
        assertEquals(List.of(), client.awaitPublishedVersion(uri, 1).getDiagnostics(),
                "the folder above the workspace was read");
        assertTrue(logged().contains("is outside the workspace folder"), logged());
    }

    private static ClientCapabilities configurationClient(boolean pullsDiagnostics) {
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setConfiguration(true);
        workspace.setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setWorkspace(workspace);
        if (pullsDiagnostics) {
            TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
            textDocument.setDiagnostic(new DiagnosticCapabilities());
            capabilities.setTextDocument(textDocument);
        }
        return capabilities;
    }

    private String logged() {
        StringBuilder all = new StringBuilder();
        for (MessageParams message : client.logged) {
            all.append(message.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static Object json(String text) {
        return JsonParser.parseString(text);
    }
}
