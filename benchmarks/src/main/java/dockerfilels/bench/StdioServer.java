package dockerfilels.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language server in its own process on stdio, driven by LSP4J's client as an editor would:
 * the client answers the server's configuration and registration requests, takes its diagnostics,
 * and times requests. Used for both servers, so both pay the same client and JSON costs.
 */
final class StdioServer extends SilentClient implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 120;
    private static final String WORD = "-typed";

    /** A published diagnostics message and when it arrived. */
    private record Arrival(PublishDiagnosticsParams params, long nanos) {
    }

    private final Process process;
    private final LanguageServer server;
    private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
    private int version = 1;

    private StdioServer(Process process) {
        this.process = process;
        var launcher = LSPLauncher.createClientLauncher(this, process.getInputStream(), process.getOutputStream());
        launcher.startListening();
        this.server = launcher.getRemoteProxy();
    }

    static StdioServer start(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        return new StdioServer(builder.start());
    }

    void initialize() throws Exception {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        text.setPublishDiagnostics(new PublishDiagnosticsCapabilities(true));
        text.setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(true)));
        text.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false));
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setTextDocument(text);
        params.setCapabilities(capabilities);
        server.initialize(params).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    void open(String uri, String text) {
        version = 1;
        arrivals.clear();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "dockerfile", version, text)));
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /**
     * Waits for the diagnostics of {@code expected}: those carrying that version, or, from a
     * server that sends no version, the first ones for the document after the change was sent.
     */
    long awaitDiagnostics(String uri, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            Arrival arrival = arrivals.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (arrival == null) {
                throw new IllegalStateException("no diagnostics for version " + expected + " within " + TIMEOUT_SECONDS + " s");
            }
            Integer got = arrival.params().getVersion();
            if (uri.equals(arrival.params().getUri()) && (got == null || got == expected)) {
                return arrival.nanos();
            }
        }
    }

    /** Types a word then deletes it, one character per didChange; the sorted latencies of the measured ones. */
    long[] type(String uri, int[] at, int warmup, int keystrokes) throws InterruptedException {
        long[] latencies = new long[keystrokes];
        int typed = 0;
        boolean deleting = false;
        for (int k = 0; k < warmup + keystrokes; k++) {
            TextDocumentContentChangeEvent change;
            if (!deleting) {
                Position p = new Position(at[0], at[1] + typed);
                change = new TextDocumentContentChangeEvent(new Range(p, p), WORD.substring(typed, typed + 1));
                typed++;
                deleting = typed == WORD.length();
            } else {
                change = new TextDocumentContentChangeEvent(new Range(new Position(at[0], at[1] + typed - 1),
                        new Position(at[0], at[1] + typed)), "");
                typed--;
                deleting = typed > 0;
            }
            version++;
            arrivals.clear();
            long sent = System.nanoTime();
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
            long arrived = awaitDiagnostics(uri, version);
            if (k >= warmup) {
                latencies[k - warmup] = arrived - sent;
            }
        }
        Arrays.sort(latencies);
        return latencies;
    }

    /** A request to time. */
    interface Request {
        void run() throws Exception;
    }

    /** Runs a request warm-up plus measured times, one after the other; the sorted latencies of the measured ones. */
    long[] repeat(int warmup, int times, Request request) throws Exception {
        long[] latencies = new long[times];
        for (int k = 0; k < warmup + times; k++) {
            long start = System.nanoTime();
            request.run();
            if (k >= warmup) {
                latencies[k - warmup] = System.nanoTime() - start;
            }
        }
        Arrays.sort(latencies);
        return latencies;
    }

    void completion(String uri, int line, int character) throws Exception {
        server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri),
                new Position(line, character))).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    void hover(String uri, int line, int character) throws Exception {
        server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(line, character))).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The process's peak resident set (VmHWM in /proc), in MB; NaN where /proc is not there. */
    double peakResidentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"),
                    StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    @Override
    public void close() throws Exception {
        try {
            server.shutdown().get(10, TimeUnit.SECONDS);
            server.exit();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // A server that does not shut down cleanly is stopped below.
        } finally {
            process.destroyForcibly();
        }
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        arrivals.add(new Arrival(diagnostics, System.nanoTime()));
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        List<Object> answers = new ArrayList<>();
        params.getItems().forEach(item -> answers.add(null));
        return CompletableFuture.completedFuture(answers);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
        return CompletableFuture.completedFuture(null);
    }

}
