package dockerfilels.lsp;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The real server, in this JVM, on two in-memory pipes, driven by LSP4J's client launcher: what
 * an editor sees, byte for byte, without a process. Records what the server sends and which
 * thread sent it, and the exit codes the server asks for.
 */
final class WireClient implements LanguageClient, AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** A message the server wrote, and the name of the thread that wrote it. */
    record Sent(Message message, String thread) {
    }

    final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> logged = new LinkedBlockingQueue<>();
    final BlockingQueue<Message> received = new LinkedBlockingQueue<>();
    final BlockingQueue<Sent> sentByServer = new LinkedBlockingQueue<>();
    /** Every byte the server wrote, as written. */
    final ByteArrayOutputStream rawFromServer = new ByteArrayOutputStream();
    final BlockingQueue<Integer> exitCodes = new LinkedBlockingQueue<>();
    /** The {@code workspace/configuration} requests the server sent. */
    final BlockingQueue<ConfigurationParams> configurationRequests = new LinkedBlockingQueue<>();
    /** What this client answers to {@code workspace/configuration}, for each item. */
    volatile Object configuration;
    /** How many times the server asked to pull diagnostics again. */
    final BlockingQueue<Boolean> refreshes = new LinkedBlockingQueue<>();
    final DockerfileLanguageServer serverObject;
    final LanguageServer server;
    private final OutputStream toServer;
    private final InputStream clientIn;
    private final OutputStream serverOut;

    WireClient() throws IOException {
        Pipe clientToServer = Pipe.open();
        Pipe serverToClient = Pipe.open();
        InputStream serverIn = Channels.newInputStream(clientToServer.source());
        OutputStream pipeOut = Channels.newOutputStream(serverToClient.sink());
        serverOut = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                synchronized (rawFromServer) {
                    rawFromServer.write(b, off, len);
                }
                pipeOut.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                pipeOut.close();
            }
        };
        clientIn = Channels.newInputStream(serverToClient.source());
        toServer = Channels.newOutputStream(clientToServer.sink());

        serverObject = new DockerfileLanguageServer(new ClientLog(), exitCodes::add);
        Launcher<LanguageClient> serverLauncher = ServerLauncher.launcher(serverObject, serverIn, serverOut,
                consumer -> message -> {
                    sentByServer.add(new Sent(message, Thread.currentThread().getName()));
                    consumer.consume(message);
                });
        serverLauncher.startListening();

        Launcher<LanguageServer> clientLauncher = new LSPLauncher.Builder<LanguageServer>()
                .setLocalService(this)
                .setRemoteInterface(LanguageServer.class)
                .setInput(clientIn)
                .setOutput(toServer)
                .wrapMessages(consumer -> message -> {
                    received.add(message);
                    consumer.consume(message);
                })
                .create();
        clientLauncher.startListening();
        server = clientLauncher.getRemoteProxy();
    }

    InitializeResult initialize() {
        return initialize(new InitializeParams());
    }

    InitializeResult initialize(InitializeParams params) {
        if (params.getCapabilities() == null) {
            params.setCapabilities(new ClientCapabilities());
        }
        InitializeResult result = join(server.initialize(params));
        server.initialized(new InitializedParams());
        return result;
    }

    void open(String uri, int version, String text) {
        server.getTextDocumentService().didOpen(
                new DidOpenTextDocumentParams(new TextDocumentItem(uri, "dockerfile", version, text)));
    }

    void change(String uri, int version, Range range, String text) {
        TextDocumentContentChangeEvent event = range == null
                ? new TextDocumentContentChangeEvent(text)
                : new TextDocumentContentChangeEvent(range, text);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(event)));
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    List<CodeAction> codeActions(String uri, Range range, String... only) {
        CodeActionContext context = new CodeActionContext(List.of());
        if (only.length > 0) {
            context.setOnly(List.of(only));
        }
        List<Either<Command, CodeAction>> answer = join(server.getTextDocumentService().codeAction(
                new CodeActionParams(new TextDocumentIdentifier(uri), range, context)));
        return answer.stream().map(Either::getRight).toList();
    }

    void changeConfiguration(Object settings) {
        server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
    }

    DocumentDiagnosticReport pull(String uri) {
        return join(server.getTextDocumentService().diagnostic(
                new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))));
    }

    /** Waits for the first publication for {@code uri} that matches; earlier ones are consumed. */
    PublishDiagnosticsParams awaitPublished(String uri, Predicate<PublishDiagnosticsParams> matching)
            throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            PublishDiagnosticsParams next = published.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertNotNull(next, "no matching publishDiagnostics for " + uri + " within " + TIMEOUT);
            if (next.getUri().equals(uri) && matching.test(next)) {
                return next;
            }
        }
    }

    PublishDiagnosticsParams awaitPublishedVersion(String uri, int version) throws InterruptedException {
        return awaitPublished(uri, p -> p.getVersion() != null && p.getVersion() == version);
    }

    /** Waits for the first message from the server that matches. */
    Message awaitReceived(Predicate<Message> matching) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            Message next = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertNotNull(next, "no matching message from the server within " + TIMEOUT);
            if (matching.test(next)) {
                return next;
            }
        }
    }

    /** Waits until the server has written something containing {@code text}. */
    String awaitRaw(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String raw;
            synchronized (rawFromServer) {
                raw = rawFromServer.toString(StandardCharsets.UTF_8);
            }
            if (raw.contains(text)) {
                return raw;
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
        throw new AssertionError("the server never wrote " + text);
    }

    int awaitExitCode() throws InterruptedException {
        Integer code = exitCodes.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(code, "the server did not exit within " + TIMEOUT);
        return code;
    }

    /** Writes one framed message body as raw bytes, bypassing LSP4J's serializer. */
    void sendRaw(String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        byte[] header = ("Content-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        synchronized (toServer) {
            toServer.write(header);
            toServer.write(content);
            toServer.flush();
        }
    }

    static boolean isPublish(Message message) {
        return message instanceof NotificationMessage n && n.getMethod().equals("textDocument/publishDiagnostics");
    }

    static Range range(int startLine, int startCharacter, int endLine, int endCharacter) {
        return new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));
    }

    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("request failed or timed out: " + e, e);
        }
    }

    @Override
    public void close() throws IOException {
        toServer.close();
        serverOut.close();
        clientIn.close();
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        published.add(diagnostics);
    }

    @Override
    public void showMessage(MessageParams messageParams) {
        logged.add(messageParams);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        configurationRequests.add(params);
        List<Object> answer = new java.util.ArrayList<>();
        params.getItems().forEach(item -> answer.add(configuration));
        return CompletableFuture.completedFuture(answer);
    }

    /** The capabilities the server registered dynamically. */
    final BlockingQueue<RegistrationParams> registrations = new LinkedBlockingQueue<>();

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
        refreshes.add(true);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        logged.add(message);
    }
}
