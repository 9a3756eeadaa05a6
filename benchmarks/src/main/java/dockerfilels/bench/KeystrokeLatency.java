package dockerfilels.bench;

import dockerfilels.lsp.ClientLog;
import dockerfilels.lsp.DockerfileLanguageServer;
import dockerfilels.lsp.ServerLauncher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Keystroke to {@code publishDiagnostics}, over the wire: the real server in this JVM on two
 * in-memory pipes, LSP4J's client launcher on the other end, JSON-RPC both ways as an editor
 * speaks it. For each size it opens a generated Dockerfile and types in the middle of it one
 * character at a time (a word, then as many backspaces, so the size stays the same): each
 * keystroke is a didChange with an incremental range and the next version, and its latency is
 * the time from sending it to receiving the diagnostics published for that version. The next
 * keystroke is sent only then (the server drops work for versions that are no longer current).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dockerfilels.bench.KeystrokeLatency [--smoke]
 * [--sizes 500,20000] [--warmup N] [--keystrokes N]}. Exits 1 when a version got no diagnostics.
 */
public final class KeystrokeLatency {
    private static final long TIMEOUT_SECONDS = 30;
    private static final String WORD = "-typed";

    public static void main(String[] args) throws Exception {
        boolean smoke = false;
        int[] sizes = {500, 20000};
        int warmup = 2000;
        int keystrokes = 3000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--keystrokes" -> keystrokes = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: KeystrokeLatency [--smoke] [--sizes 500,20000] [--warmup N]"
                            + " [--keystrokes N]");
                    System.exit(2);
                }
            }
        }
        if (smoke) {
            warmup = Math.min(warmup, 20);
            keystrokes = Math.min(keystrokes, 40);
        }
        int code;
        try (Wire wire = new Wire()) {
            Map<Integer, long[]> results = new LinkedHashMap<>();
            List<String> failures = new ArrayList<>();
            for (int size : sizes) {
                results.put(size, wire.type(size, warmup, keystrokes, failures));
            }
            print(results, smoke, warmup, keystrokes);
            if (!failures.isEmpty()) {
                System.out.println("FAILED: " + failures.size() + " version(s) got no diagnostics: "
                        + String.join("; ", failures.subList(0, Math.min(5, failures.size()))));
            }
            code = failures.isEmpty() ? 0 : 1;
        }
        System.exit(code);
    }

    private static void print(Map<Integer, long[]> results, boolean smoke, int warmup, int keystrokes) {
        System.out.printf(Locale.ROOT, "Keystroke -> publishDiagnostics over JSON-RPC (in-process pipes)%s:"
                + " %d warm-up keystrokes, %d measured, per size%n", smoke ? " [smoke]" : "", warmup, keystrokes);
        System.out.printf(Locale.ROOT, "%8s %8s %10s %10s %10s %10s%n", "lines", "n", "p50 us", "p90 us", "p99 us",
                "max us");
        for (Map.Entry<Integer, long[]> e : results.entrySet()) {
            long[] t = e.getValue();
            System.out.printf(Locale.ROOT, "%8d %8d %10.1f %10.1f %10.1f %10.1f%n", e.getKey(), t.length,
                    us(pct(t, 50)), us(pct(t, 90)), us(pct(t, 99)), us(t.length == 0 ? 0 : t[t.length - 1]));
        }
        if (results.containsKey(500) && results.containsKey(20000)) {
            long[] small = results.get(500);
            long[] large = results.get(20000);
            if (small.length > 0 && large.length > 0) {
                System.out.printf(Locale.ROOT, "ratio 20000/500: p50 %.2fx, p90 %.2fx, p99 %.2fx%n",
                        ratio(large, small, 50), ratio(large, small, 90), ratio(large, small, 99));
            }
        }
    }

    private static double ratio(long[] a, long[] b, int p) {
        return (double) pct(a, p) / Math.max(1, pct(b, p));
    }

    /** Nearest-rank percentile of a sorted array. */
    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double us(long nanos) {
        return nanos / 1000.0;
    }

    /** A published diagnostics message and when it arrived. */
    private record Arrival(PublishDiagnosticsParams params, long nanos) {
    }

    /** The server and a client on two pipes. */
    private static final class Wire extends SilentClient implements AutoCloseable {
        private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
        private final LanguageServer server;
        private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
        private final OutputStream toServer;
        private final OutputStream toClient;

        Wire() throws Exception {
            Pipe clientToServer = Pipe.open();
            Pipe serverToClient = Pipe.open();
            InputStream serverIn = Channels.newInputStream(clientToServer.source());
            toClient = Channels.newOutputStream(serverToClient.sink());
            InputStream clientIn = Channels.newInputStream(serverToClient.source());
            toServer = Channels.newOutputStream(clientToServer.sink());

            DockerfileLanguageServer real = new DockerfileLanguageServer(new ClientLog(), exitCode::complete);
            ServerLauncher.launcher(real, serverIn, toClient, Function.identity()).startListening();
            Launcher<LanguageServer> client = LSPLauncher.createClientLauncher(this, clientIn, toServer);
            client.startListening();
            server = client.getRemoteProxy();

            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            server.initialize(init).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
        }

        /** Opens a document of {@code lines} lines, types in its middle, and returns the sorted latencies. */
        long[] type(int lines, int warmup, int keystrokes, List<String> failures) throws InterruptedException {
            String uri = "file:///bench/" + lines + "/Dockerfile";
            String text = DockerfileGenerator.generate(lines);
            int[] at = DockerfileGenerator.middleEditPosition(text);
            int version = 1;
            arrivals.clear();
            server.getTextDocumentService().didOpen(
                    new DidOpenTextDocumentParams(new TextDocumentItem(uri, "dockerfile", version, text)));
            if (await(uri, version) < 0) {
                failures.add(lines + " lines: version 1 (didOpen)");
            }
            long[] latencies = new long[keystrokes];
            int measured = 0;
            int typed = 0;
            boolean deleting = false;
            for (int k = 0; k < warmup + keystrokes; k++) {
                version++;
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
                DidChangeTextDocumentParams params = new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, version), List.of(change));
                long sent = System.nanoTime();
                server.getTextDocumentService().didChange(params);
                long arrived = await(uri, version);
                if (arrived < 0) {
                    failures.add(lines + " lines: version " + version);
                    continue;
                }
                if (k >= warmup) {
                    latencies[measured++] = arrived - sent;
                }
            }
            server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
            long[] result = Arrays.copyOf(latencies, measured);
            Arrays.sort(result);
            return result;
        }

        /** When the diagnostics of {@code version} arrived, or -1 after the timeout. */
        private long await(String uri, int version) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (true) {
                long left = deadline - System.nanoTime();
                Arrival a = arrivals.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
                if (a == null) {
                    return -1;
                }
                Integer v = a.params().getVersion();
                if (uri.equals(a.params().getUri()) && v != null && v == version) {
                    return a.nanos();
                }
                if (v != null && v > version) {
                    return -1;
                }
            }
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            arrivals.add(new Arrival(diagnostics, System.nanoTime()));
        }


        @Override
        public void close() throws Exception {
            try {
                server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                server.exit();
                exitCode.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } finally {
                closeQuietly(toServer);
                closeQuietly(toClient);
            }
        }

        private static void closeQuietly(OutputStream out) {
            try {
                out.close();
            } catch (IOException ignored) {
                // Closing a pipe the other side already closed.
            }
        }
    }
}
