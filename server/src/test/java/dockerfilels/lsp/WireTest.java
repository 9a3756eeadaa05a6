package dockerfilels.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server over JSON-RPC, as an editor drives it. */
class WireTest {
    private static final String URI = "file:///project/Dockerfile";
    private static final String BAD = "FROM alpine\nFOO bar\n";
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
    void initializeAnnouncesIncrementalSyncAndPullDiagnostics() {
        InitializeResult result = client.initialize();

        TextDocumentSyncOptions sync = result.getCapabilities().getTextDocumentSync().getRight();
        assertEquals(TextDocumentSyncKind.Incremental, sync.getChange());
        assertTrue(sync.getOpenClose());
        assertNotNull(sync.getSave(), "save notifications wanted");
        assertNotNull(result.getCapabilities().getDiagnosticProvider());
        assertFalse(result.getCapabilities().getDiagnosticProvider().isWorkspaceDiagnostics());
        assertEquals("dockerfile-ls", result.getServerInfo().getName());
    }

    @Test
    void openPublishesDiagnosticsForTheOpenedVersion() throws Exception {
        client.initialize();
        client.open(URI, 7, "FROM alpine\n");

        PublishDiagnosticsParams published = client.awaitPublished(URI, p -> true);
        assertEquals(7, published.getVersion());
        assertEquals(List.of(), published.getDiagnostics());
    }

    @Test
    void anUnknownInstructionIsPublishedWithBuildKitsWordingOnTheWord() throws Exception {
        client.initialize();
        client.open(URI, 1, BAD);

        PublishDiagnosticsParams published = client.awaitPublishedVersion(URI, 1);
        assertEquals(1, published.getDiagnostics().size(), published.toString());
        Diagnostic diagnostic = published.getDiagnostics().get(0);
        assertEquals(WireClient.range(1, 0, 1, 3), diagnostic.getRange());
        assertEquals(DiagnosticSeverity.Error, diagnostic.getSeverity());
        assertEquals("UnknownInstruction", diagnostic.getCode().getLeft());
        assertEquals("unknown instruction: FOO (did you mean FROM?)", diagnostic.getMessage().getLeft());
        assertEquals("dockerfile-ls", diagnostic.getSource());
    }

    @Test
    void anIncrementalEditIsPublishedForTheNewVersion() throws Exception {
        client.initialize();
        client.open(URI, 1, "FROM alpine\nRUN ls\n");
        assertEquals(List.of(), client.awaitPublishedVersion(URI, 1).getDiagnostics());

        client.change(URI, 2, WireClient.range(1, 0, 1, 3), "FOO");

        List<Diagnostic> diagnostics = client.awaitPublishedVersion(URI, 2).getDiagnostics();
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        assertEquals("UnknownInstruction", diagnostics.get(0).getCode().getLeft());
        assertEquals(WireClient.range(1, 0, 1, 3), diagnostics.get(0).getRange(), "the edit landed elsewhere");
    }

    @Test
    void publicationsNeverGoBackToAnOlderVersion() throws Exception {
        client.initialize();
        client.open(URI, 1, "FROM alpine\n");
        for (int version = 2; version <= 60; version++) {
            // Alternate between a clean and a broken last line, one keystroke at a time.
            String word = version % 2 == 0 ? "FOO" : "RUN";
            client.change(URI, version, WireClient.range(1, 0, 1, 3), word);
            if (version == 2) {
                client.change(URI, version, WireClient.range(1, 3, 1, 3), " x\n");
            }
        }
        client.awaitPublishedVersion(URI, 60);
        List<PublishDiagnosticsParams> all = new ArrayList<>();
        client.published.drainTo(all);
        // Whatever came after version 60 can only be version 60 again... never an older one.
        for (PublishDiagnosticsParams later : all) {
            assertEquals(60, later.getVersion(), "a stale publication overtook the newest one: " + later);
        }
    }

    @Test
    void pullDiagnosticsAnswerForTheCurrentText() throws Exception {
        client.initialize();
        client.open(URI, 1, "FROM alpine\nRUN --bogus=1 ls\n");

        List<Diagnostic> items = client.pull(URI).getRelatedFullDocumentDiagnosticReport().getItems();
        assertEquals(1, items.size(), items.toString());
        assertEquals("UnknownFlag", items.get(0).getCode().getLeft());
        assertEquals("unknown flag: --bogus", items.get(0).getMessage().getLeft());
        assertEquals(1, items.get(0).getRange().getStart().getLine());

        client.change(URI, 2, WireClient.range(1, 4, 1, 14), "");
        assertEquals(List.of(), client.pull(URI).getRelatedFullDocumentDiagnosticReport().getItems());
    }

    @Test
    void closingPublishesAnEmptyListLast() throws Exception {
        client.initialize();
        client.open(URI, 1, BAD);
        client.change(URI, 2, WireClient.range(0, 0, 0, 0), "# comment\n");
        client.close(URI);

        client.awaitPublished(URI, p -> p.getDiagnostics().isEmpty() && p.getVersion() == null);
        // Round trips that the server answers after any work queued before them.
        for (int i = 0; i < 5; i++) {
            client.pull("file:///elsewhere/Dockerfile");
        }
        TimeUnit.MILLISECONDS.sleep(200);
        assertNull(client.published.poll(), "something was published after the document was closed");
    }

    @Test
    void documentsThatAreNotOpenGetEmptyAnswers() throws Exception {
        client.initialize();
        client.change("file:///never/opened", 3, WireClient.range(0, 0, 0, 0), "RUN x\n");

        DocumentDiagnosticReport report = client.pull("file:///never/opened");
        assertEquals(List.of(), report.getRelatedFullDocumentDiagnosticReport().getItems());
        client.open(URI, 1, "FROM alpine\n");
        assertEquals(1, client.awaitPublished(URI, p -> true).getVersion(), "the server stopped serving");
    }

    @Test
    void editsOutsideTheTextAreClampedAndTheServerGoesOn() throws Exception {
        client.initialize();
        client.open(URI, 1, "FROM alpine\n");
        client.change(URI, 2, WireClient.range(500, 3, 900, 0), "FOO bar\n");
        client.change(URI, 3, WireClient.range(-4, -1, -2, 0), "");
        client.change(URI, 4, WireClient.range(0, 999, 0, 2), "");

        assertNotNull(client.pull(URI).getRelatedFullDocumentDiagnosticReport(), "a report, not an error");
        assertEquals(4, client.awaitPublishedVersion(URI, 4).getVersion());
    }

    @Test
    void hostileTextDoesNotStopTheServer() throws Exception {
        client.initialize();
        String hostile = "\u0000\uD800FROM\uDFFF \u0001\n" + "[".repeat(100_000) + "\nRUN <<EOF\n"
                + "x\\\n".repeat(20_000);
        client.open(URI, 1, hostile);
        client.change(URI, 2, WireClient.range(1, 50_000, 1, 50_001), "\uD83D\uDE00\r\n`");

        assertNotNull(client.pull(URI).getRelatedFullDocumentDiagnosticReport(), "a report, not an error");
        assertEquals(2, client.awaitPublishedVersion(URI, 2).getVersion());
        client.open("file:///other/Dockerfile", 1, "FROM alpine\n");
        assertEquals(List.of(), client.awaitPublishedVersion("file:///other/Dockerfile", 1).getDiagnostics());
    }

    @Test
    void textThatIsNotJsonGetsAParseErrorAndTheServerGoesOn() throws Exception {
        client.initialize();
        client.sendRaw("this is {not json");

        // LSP4J's own client cannot read a response with a null id, so look at the bytes.
        String raw = client.awaitRaw("\"id\":null");
        String response = raw.substring(raw.lastIndexOf('{', raw.indexOf("\"id\":null")));
        assertTrue(response.contains("\"code\":" + ResponseErrorCode.ParseError.getValue()), response);
        assertNotNull(client.pull(URI), "the server stopped answering");
    }

    @Test
    void aTruncatedRequestGetsAParseErrorWithItsIdAndTheServerGoesOn() throws Exception {
        client.initialize();
        client.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":\"broken-1\",\"method\":\"textDocument/diagnostic\","
                + "\"params\":{\"textDocument\":");

        Message answer = client.awaitReceived(m -> m instanceof ResponseMessage r && "broken-1".equals(r.getId()));
        assertEquals(ResponseErrorCode.ParseError.getValue(), ((ResponseMessage) answer).getError().getCode());
        assertNotNull(client.pull(URI), "the server stopped answering");
    }

    @Test
    void diagnosticsAreComputedOnTheServersOwnThreads() throws Exception {
        client.initialize();
        client.open(URI, 1, BAD);
        client.awaitPublishedVersion(URI, 1);

        WireClient.Sent sent;
        do {
            sent = client.sentByServer.poll(WireClient.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(sent, "the publication was not seen leaving the server");
        } while (!WireClient.isPublish(sent.message()));
        assertTrue(sent.thread().startsWith(DockerfileLanguageServer.WORKER_THREAD_PREFIX),
                "published from " + sent.thread());
    }

    @Test
    void aClientThatPullsDiagnosticsIsNotAlsoPushedThem() throws Exception {
        TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
        textDocument.setDiagnostic(new DiagnosticCapabilities());
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setTextDocument(textDocument);
        InitializeParams params = new InitializeParams();
        params.setCapabilities(capabilities);
        client.initialize(params);

        client.open(URI, 1, BAD);
        assertNotNull(client.pull(URI).getRelatedFullDocumentDiagnosticReport());
        TimeUnit.MILLISECONDS.sleep(300);
        assertNull(client.published.poll(), "pushed to a client that pulls");
    }

    @Test
    void shutdownThenExitExitsWithZero() throws Exception {
        client.initialize();
        WireClient.join(client.server.shutdown());
        client.server.exit();

        assertEquals(0, client.awaitExitCode());
    }

    @Test
    void exitWithoutShutdownExitsWithOne() throws Exception {
        client.initialize();
        client.server.exit();

        assertEquals(1, client.awaitExitCode());
    }

    @Test
    void theServerExitsWhenTheClientProcessDies() throws Exception {
        Process parent = new ProcessBuilder("sleep", "60").start();
        try {
            InitializeParams params = new InitializeParams();
            params.setProcessId((int) parent.pid());
            client.initialize(params);
            assertNull(client.exitCodes.poll(200, TimeUnit.MILLISECONDS), "exited while the parent lives");

            parent.destroyForcibly();

            assertEquals(1, client.awaitExitCode());
        } finally {
            parent.destroyForcibly();
        }
    }
}
