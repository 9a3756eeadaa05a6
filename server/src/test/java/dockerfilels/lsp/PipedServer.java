package dockerfilels.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The real server in this JVM on two in-memory pipes, driven with raw JSON-RPC frames. Unlike
 * {@link WireClient} it keeps almost nothing of what the server sends (the answers it waits for,
 * the newest publication per document and a count of the rest), so a soak test can measure the
 * heap, and a fuzz target can send bytes no well-behaved client would.
 */
public final class PipedServer implements AutoCloseable {
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The exit codes the server asked for (it asks once). */
    public final BlockingQueue<Integer> exitCodes = new LinkedBlockingQueue<>();
    /** Answers with an id this client did not send (such as parse errors with a null id); the newest 100. */
    public final BlockingQueue<JsonObject> otherAnswers = new LinkedBlockingQueue<>(100);
    /** The newest {@code publishDiagnostics} params per document. */
    public final Map<String, JsonObject> published = new ConcurrentHashMap<>();
    public final AtomicLong publications = new AtomicLong();
    /** The newest 100 {@code window/logMessage} texts. */
    public final BlockingQueue<String> logged = new LinkedBlockingQueue<>(100);
    private final Map<String, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final OutputStream toServer;
    private final InputStream fromServer;
    private final Thread reader;
    private volatile boolean closed;
    private volatile boolean exited;

    public PipedServer() throws IOException {
        Pipe clientToServer = Pipe.open();
        Pipe serverToClient = Pipe.open();
        toServer = Channels.newOutputStream(clientToServer.sink());
        fromServer = Channels.newInputStream(serverToClient.source());
        DockerfileLanguageServer server = new DockerfileLanguageServer(new ClientLog(), code -> {
            exited = true;
            exitCodes.add(code);
        });
        ServerLauncher.launcher(server, Channels.newInputStream(clientToServer.source()),
                Channels.newOutputStream(serverToClient.sink()), Function.identity()).startListening();
        reader = new Thread(this::readAnswers, "piped-server-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a server and initializes it with the given client capabilities (JSON). */
    public static PipedServer initialized(String capabilities) throws IOException {
        return initialized(capabilities, "null");
    }

    /** The same, with these initialization options (JSON). */
    public static PipedServer initialized(String capabilities, String initializationOptions) throws IOException {
        PipedServer server = new PipedServer();
        server.call("initialize", JsonParser.parseString("{\"processId\":null,\"rootUri\":null,\"capabilities\":"
                + capabilities + ",\"initializationOptions\":" + initializationOptions + "}"));
        server.notify("initialized", new JsonObject());
        return server;
    }

    /** Sends a request and returns its future answer (the whole response object). */
    public CompletableFuture<JsonObject> request(String method, JsonElement params) {
        String id = "c" + ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        JsonObject message = message(method, params);
        message.addProperty("id", id);
        send(message.toString());
        return answer;
    }

    /** The id of the request sent last, for a {@code $/cancelRequest}. */
    public String lastId() {
        return "c" + ids.get();
    }

    /** Sends a request and waits for its answer. */
    public JsonObject call(String method, JsonElement params) {
        try {
            return request(method, params).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer to " + method + " within " + TIMEOUT, e);
        }
    }

    public void notify(String method, JsonElement params) {
        send(message(method, params).toString());
    }

    private static JsonObject message(String method, JsonElement params) {
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("method", method);
        if (params != null) {
            message.add("params", params);
        }
        return message;
    }

    /** Sends {@code body} in one frame with its right Content-Length. */
    public void send(String body) {
        sendFrame(body.getBytes(StandardCharsets.UTF_8));
    }

    public void sendFrame(byte[] body) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(body.length + 32);
        frame.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        frame.writeBytes(body);
        sendBytes(frame.toByteArray());
    }

    /** Writes bytes as they are: headers included, right or wrong. */
    public void sendBytes(byte[] bytes) {
        try {
            synchronized (toServer) {
                toServer.write(bytes);
                toServer.flush();
            }
        } catch (IOException e) {
            throw new AssertionError("the server stopped reading", e);
        }
    }

    /** Whether the server asked to exit. */
    public boolean exited() {
        return exited;
    }

    /** Waits until the newest publication for {@code uri} is of {@code version}; returns it. */
    public JsonObject awaitPublished(String uri, int version) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject p = published.get(uri);
            if (p != null && p.has("version") && p.get("version").getAsInt() == version) {
                return p;
            }
            TimeUnit.MILLISECONDS.sleep(2);
        }
        throw new AssertionError("no publication of version " + version + " for " + uri + "; newest: " + published.get(uri));
    }

    private void readAnswers() {
        try {
            while (!closed) {
                int length = -1;
                String line;
                while (!(line = headerLine()).isEmpty()) {
                    if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                byte[] body = fromServer.readNBytes(length);
                if (body.length < length) {
                    return;
                }
                dispatch(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
            }
        } catch (IOException | RuntimeException e) {
            // Closed: the test is over, or the server went away (the test sees it by a missing answer).
        }
    }

    private String headerLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = fromServer.read()) != '\n') {
            if (c < 0) {
                throw new IOException("end of stream");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void dispatch(JsonObject message) {
        JsonElement id = message.get("id");
        if (message.has("method")) {
            if ("textDocument/publishDiagnostics".equals(message.get("method").getAsString())) {
                JsonObject params = message.getAsJsonObject("params");
                published.put(params.get("uri").getAsString(), params);
                publications.incrementAndGet();
            } else if ("window/logMessage".equals(message.get("method").getAsString())) {
                String text = message.getAsJsonObject("params").get("message").getAsString();
                if (!logged.offer(text)) {
                    logged.poll();
                    logged.offer(text);
                }
            } else if (id != null) {
                // A request from the server (configuration, registration, refresh): answer null.
                JsonObject answer = new JsonObject();
                answer.addProperty("jsonrpc", "2.0");
                answer.add("id", id);
                answer.add("result", JsonNull.INSTANCE);
                send(answer.toString());
            }
            return;
        }
        CompletableFuture<JsonObject> waiting = id != null && id.isJsonPrimitive() ? pending.remove(id.getAsString()) : null;
        if (waiting != null) {
            waiting.complete(message);
        } else {
            if (!otherAnswers.offer(message)) {
                otherAnswers.poll();
                otherAnswers.offer(message);
            }
        }
    }

    /** Ends the server as an editor would (exit; its worker threads stop), then closes the pipes. */
    @Override
    public void close() throws IOException {
        closed = true;
        if (!exited()) {
            try {
                notify("exit", null);
                exitCodes.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (AssertionError | InterruptedException gone) {
                // The server stopped reading already.
            }
        }
        toServer.close();
        fromServer.close();
    }
}
