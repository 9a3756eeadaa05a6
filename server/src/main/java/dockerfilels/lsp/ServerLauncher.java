package dockerfilels.lsp;

import dockerfilels.cli.OptionArguments;
import dockerfilels.cli.Usage;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Starts the language server on stdio or on a local TCP port, and wires LSP4J's launcher. */
public final class ServerLauncher {
    private ServerLauncher() {
    }

    /** Server arguments: none, {@code --stdio}, {@code --port N}, {@code --clientProcessId=N}. */
    public static boolean isServerMode(List<String> args) {
        if (args.isEmpty()) {
            return true;
        }
        String first = args.get(0);
        return first.equals("--stdio") || first.equals("--port") || first.startsWith("--port=")
                || first.startsWith("--clientProcessId");
    }

    /** The server's command-line options. {@code port} is null for stdio. */
    record Options(Integer port, Long clientProcessId) {
    }

    /** Parses server arguments; throws IllegalArgumentException with a message for the user. */
    static Options parse(List<String> args) {
        Integer port = null;
        Long clientProcessId = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = OptionArguments.name(arg);
            if (arg.equals("--stdio")) {
                continue;
            }
            if (!name.equals("--port") && !name.equals("--clientProcessId")) {
                throw new IllegalArgumentException("unknown server option: " + arg);
            }
            OptionArguments.Value given = OptionArguments.value(args, i);
            if (given == null) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            i = given.last();
            String value = given.text();
            try {
                if (name.equals("--port")) {
                    port = Integer.parseInt(value);
                    if (port < 0 || port > 65535) {
                        throw new NumberFormatException();
                    }
                } else {
                    clientProcessId = Long.parseLong(value);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number" + (name.equals("--port")
                        ? " from 0 to 65535" : "") + ", not '" + value + "'");
            }
        }
        return new Options(port, clientProcessId);
    }

    /**
     * Runs the server until exit and returns the process exit code. From here on stdout belongs
     * to JSON-RPC: System.out is pointed at stderr so that a stray print cannot corrupt the stream.
     */
    public static int run(List<String> args, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            return Usage.error(err, e.getMessage());
        }
        OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        InputStream stdin = System.in;
        System.setOut(err);

        ClientLog log = new ClientLog();
        routeJavaLoggingTo(log);
        CompletableFuture<Integer> exitCode = new CompletableFuture<>();
        DockerfileLanguageServer server = new DockerfileLanguageServer(log, exitCode::complete);
        if (options.clientProcessId() != null) {
            server.watchParentProcess(options.clientProcessId());
        }
        if (options.port() == null) {
            serve(server, stdin, stdout, log);
        } else {
            try (ServerSocket socket = new ServerSocket(options.port(), 1, InetAddress.getLoopbackAddress())) {
                err.println("dockerfile-ls: listening on " + socket.getInetAddress().getHostAddress() + ":"
                        + socket.getLocalPort());
                err.flush();
                Socket connection = socket.accept();
                serve(server, connection.getInputStream(), connection.getOutputStream(), log);
            } catch (IOException e) {
                err.println("dockerfile-ls: cannot serve on port " + options.port() + ": " + e.getMessage());
                return Usage.USAGE_ERROR;
            }
        }
        return exitCode.join();
    }

    private static void serve(DockerfileLanguageServer server, InputStream in, OutputStream out, ClientLog log) {
        Launcher<LanguageClient> launcher = launcher(server, in, out, Function.identity());
        Future<Void> listening = launcher.startListening();
        new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException | ExecutionException e) {
                log.error("the JSON-RPC connection failed", e);
            }
            server.inputClosed();
        }, "dockerfile-ls-input-watch").start();
    }

    /** LSP4J's server launcher, connected to {@code server}; a malformed message gets a parse error. */
    public static Launcher<LanguageClient> launcher(DockerfileLanguageServer server, InputStream in,
            OutputStream out, Function<MessageConsumer, MessageConsumer> wrapper) {
        Launcher<LanguageClient> launcher = new ParseErrorAnsweringBuilder()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .wrapMessages(wrapper)
                .configureGson(SerializedDiagnostics::register)
                .create();
        server.connect(launcher.getRemoteProxy());
        return launcher;
    }

    private static void routeJavaLoggingTo(ClientLog log) {
        Logger root = Logger.getLogger("");
        for (var handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        log.setLevel(Level.INFO);
        root.addHandler(log);
    }

    /**
     * LSP4J answers a malformed request with a parse error only when it could read the request's
     * id; text that is not JSON at all is only logged, and the client never hears of it. JSON-RPC
     * asks for an error response with a null id: this handler turns that case into one. Content
     * is read through {@link JsonNestingGuard}, which refuses nesting deeper than Gson can take.
     */
    private static final class ParseErrorAnsweringBuilder extends LSPLauncher.Builder<LanguageClient> {
        @Override
        protected MessageJsonHandler createJsonHandler() {
            Map<String, JsonRpcMethod> methods = getSupportedMethods();
            return new MessageJsonHandler(methods, configureGson != null ? configureGson : gson -> { }) {
                @Override
                public Message parseMessage(Reader input) {
                    try {
                        return super.parseMessage(JsonNestingGuard.guarded(input));
                    } catch (MessageIssueException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        RequestMessage unidentified = new RequestMessage();
                        unidentified.setJsonrpc("2.0");
                        throw new MessageIssueException(unidentified, new MessageIssue(
                                "Parse error: " + e.getMessage(), ResponseErrorCode.ParseError.getValue()));
                    } finally {
                        // Whatever stopped the parse, the next frame starts after this one's content.
                        JsonNestingGuard.drain(input);
                    }
                }
            };
        }
    }
}
