package dockerfilels.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dockerfilels.lsp.PipedServer;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * The JSON-RPC entry of the real server (on piped streams) with arbitrary messages: raw bytes,
 * messages of every method the server knows with arbitrary ids and params, and well-formed
 * document messages with arbitrary ranges and text. After each one the server must still
 * answer a request. Frames always carry the right Content-Length: a wrong one is not a message
 * but a broken stream, which no server can resynchronize.
 */
class JsonRpcFuzzTest {
    private static final List<String> METHODS = List.of("initialize", "initialized", "shutdown",
            "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "textDocument/didSave",
            "textDocument/diagnostic", "textDocument/codeAction", "textDocument/completion", "textDocument/hover",
            "workspace/didChangeConfiguration", "workspace/didChangeWatchedFiles", "workspace/didChangeWorkspaceFolders",
            "$/cancelRequest", "$/setTrace", "no/suchMethod", "");
    private static final String URI = "file:///fuzz/Dockerfile";

    private static PipedServer server;

    @FuzzTest(maxDuration = "30s")
    void arbitraryMessagesLeaveTheServerAnswering(FuzzedDataProvider data) throws Exception {
        Bounded.run(() -> sendAndProbe(data));
    }

    private static void sendAndProbe(FuzzedDataProvider data) throws Exception {
        PipedServer live = server();
        switch (data.consumeInt(0, 2)) {
            case 0 -> live.sendFrame(data.consumeRemainingAsBytes());
            case 1 -> live.send(arbitraryMessage(data).toString());
            default -> live.send(documentMessage(data).toString());
        }
        if (live.exited()) {
            // The bytes spelled an exit notification: that is the one way a client may stop us.
            restart();
            return;
        }
        JsonObject answer = live.call("textDocument/diagnostic", JsonParser.parseString(
                "{\"textDocument\":{\"uri\":\"" + URI + "\"}}"));
        assertTrue(answer.has("result") || answer.has("error"), answer::toString);
    }

    private static JsonObject arbitraryMessage(FuzzedDataProvider data) {
        JsonObject message = new JsonObject();
        if (data.consumeBoolean()) {
            message.addProperty("jsonrpc", "2.0");
        }
        message.addProperty("method", data.pickValue(METHODS));
        switch (data.consumeInt(0, 3)) {
            case 0 -> { }
            case 1 -> message.addProperty("id", data.consumeInt());
            case 2 -> message.addProperty("id", data.consumeString(8));
            default -> message.add("id", json(data, 2));
        }
        message.add("params", json(data, 4));
        return message;
    }

    /** A didOpen, didChange, diagnostic or codeAction of the one document, with arbitrary numbers and text. */
    private static JsonObject documentMessage(FuzzedDataProvider data) {
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        JsonObject params = new JsonObject();
        JsonObject document = new JsonObject();
        document.addProperty("uri", URI);
        params.add("textDocument", document);
        switch (data.consumeInt(0, 3)) {
            case 0 -> {
                message.addProperty("method", "textDocument/didOpen");
                document.addProperty("languageId", "dockerfile");
                document.addProperty("version", data.consumeInt());
                document.addProperty("text", data.consumeString(2048));
            }
            case 1 -> {
                message.addProperty("method", "textDocument/didChange");
                document.addProperty("version", data.consumeInt());
                JsonObject change = new JsonObject();
                change.add("range", range(data));
                change.addProperty("text", data.consumeString(256));
                JsonArray changes = new JsonArray();
                changes.add(change);
                params.add("contentChanges", changes);
            }
            case 2 -> {
                message.addProperty("method", "textDocument/codeAction");
                message.addProperty("id", "fuzz");
                params.add("range", range(data));
                params.add("context", JsonParser.parseString("{\"diagnostics\":[]}"));
            }
            default -> {
                message.addProperty("method", "textDocument/diagnostic");
                message.addProperty("id", "fuzz");
            }
        }
        message.add("params", params);
        return message;
    }

    private static JsonObject range(FuzzedDataProvider data) {
        JsonObject range = new JsonObject();
        range.add("start", position(data));
        range.add("end", position(data));
        return range;
    }

    private static JsonObject position(FuzzedDataProvider data) {
        JsonObject position = new JsonObject();
        position.addProperty("line", data.consumeInt(-2, 100));
        position.addProperty("character", data.consumeInt(-2, 200));
        return position;
    }

    /** An arbitrary JSON value, at most {@code depth} levels deep. */
    private static JsonElement json(FuzzedDataProvider data, int depth) {
        int kind = data.consumeInt(0, depth > 0 ? 6 : 4);
        return switch (kind) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> new JsonPrimitive(data.consumeBoolean());
            case 2 -> new JsonPrimitive(data.consumeLong());
            case 3 -> new JsonPrimitive(data.consumeDouble());
            case 4 -> new JsonPrimitive(data.consumeString(64));
            case 5 -> {
                JsonArray array = new JsonArray();
                for (int i = data.consumeInt(0, 4); i > 0; i--) {
                    array.add(json(data, depth - 1));
                }
                yield array;
            }
            default -> {
                JsonObject object = new JsonObject();
                for (int i = data.consumeInt(0, 4); i > 0; i--) {
                    object.add(data.pickValue(List.of("textDocument", "uri", "text", "version", "range", "start", "end",
                            "line", "character", "contentChanges", "settings", "dockerfile-ls", "rules", "id",
                            "capabilities", "context", "only", "changes", "event", "added", "removed")), json(data, depth - 1));
                }
                yield object;
            }
        };
    }

    private static synchronized PipedServer server() throws IOException {
        if (server == null) {
            server = PipedServer.initialized("{}");
            server.notify("textDocument/didOpen", JsonParser.parseString("{\"textDocument\":{\"uri\":\"" + URI
                    + "\",\"languageId\":\"dockerfile\",\"version\":1,\"text\":\"FROM alpine\\nRUN ls\\n\"}}"));
        }
        return server;
    }

    private static synchronized void restart() throws IOException {
        server.close();
        server = null;
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
