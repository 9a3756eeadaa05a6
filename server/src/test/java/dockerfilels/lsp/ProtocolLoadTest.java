package dockerfilels.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real server over piped streams under protocol stress and load: cancellation, edits racing
 * requests, versions out of order, thousands of documents and edits (with the heap measured
 * after GC), unknown documents, positions outside the text, oversized messages, and the exit
 * codes. Soak sizes come from system properties (see {@link #SOAK_EDITS}); the defaults prove
 * the leak check in CI, the README records a run at full size.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ProtocolLoadTest {
    /** Edits in the soak: 20,000 by default (about 20 s); the full run is {@code -Ddockerfilels.soak.edits=100000}. */
    static final int SOAK_EDITS = Integer.getInteger("dockerfilels.soak.edits", 20_000);
    /** didOpen/didClose cycles; the full run is 10,000. */
    static final int OPEN_CLOSE_CYCLES = Integer.getInteger("dockerfilels.soak.cycles", 10_000);
    private static final String PULL_CLIENT = "{\"textDocument\":{\"diagnostic\":{}}}";
    private static final String URI = "file:///load/Dockerfile";
    /**
     * The tests count and place diagnostics: only what BuildKit rejects (the FOO lines) is
     * reported, not the advice of the other rule categories (consecutive RUNs, ...).
     */
    private static final String ERRORS_ONLY = "{\"settings\":{\"dockerfile-ls\":{\"categories\":{\"buildkit-check\":\"off\","
            + "\"best-practice\":\"off\",\"image-size\":\"off\",\"build-speed\":\"off\",\"security\":\"off\"}}}}";

    private PipedServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    // ---- cancellation ----

    @Test
    void aCancelledRequestAnswersRequestCancelledAndTheServerGoesOn() throws Exception {
        server = PipedServer.initialized(PULL_CLIENT, ERRORS_ONLY);
        // Three large documents: each pull lints one of them, long enough for a cancel to overtake it.
        for (int i = 1; i <= 3; i++) {
            open(server, "file:///load/big" + i + "/Dockerfile", 1,
                    "FROM alpine\n" + "RUN echo $HOME ${X:-y} && ls \\\n  --all\n".repeat(60_000) + "FOO x\n");
        }
        CompletableFuture<JsonObject> running = server.request("textDocument/diagnostic", document("file:///load/big1/Dockerfile"));
        String runningId = server.lastId();
        CompletableFuture<JsonObject> second = server.request("textDocument/diagnostic", document("file:///load/big2/Dockerfile"));
        // Both worker threads are busy: this one waits in the queue.
        CompletableFuture<JsonObject> queued = server.request("textDocument/diagnostic", document("file:///load/big3/Dockerfile"));
        String queuedId = server.lastId();
        cancel(server, queuedId);
        cancel(server, runningId);

        assertCancelled(queued.get(PipedServer.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        assertCancelled(running.get(PipedServer.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        JsonObject answered = second.get(PipedServer.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertTrue(answered.has("result"), "an uncancelled request is answered: " + answered);
        assertEquals(1, items(server.call("textDocument/diagnostic", document("file:///load/big3/Dockerfile"))).size(),
                "the document of a cancelled request can be asked again");
    }

    @Test
    void cancellingAnAnsweredOrUnknownRequestIsHarmless() throws Exception {
        server = PipedServer.initialized(PULL_CLIENT, ERRORS_ONLY);
        open(server, URI, 1, "FROM alpine\nFOO\n");
        server.call("textDocument/diagnostic", document(URI));
        cancel(server, server.lastId());
        cancel(server, "never-sent");
        assertEquals(1, items(server.call("textDocument/diagnostic", document(URI))).size());
    }

    private static void assertCancelled(JsonObject answer) {
        assertTrue(answer.has("error"), answer::toString);
        assertEquals(ResponseErrorCode.RequestCancelled.getValue(), answer.getAsJsonObject("error").get("code").getAsInt(),
                answer::toString);
    }

    // ---- versions ----

    @Test
    void answersMatchTheVersionTheyWereComputedFor() throws Exception {
        server = PipedServer.initialized("{}", ERRORS_ONLY);
        // Version v is "FROM a", v-1 lines "RUN x", then "FOO x": the one diagnostic sits on line v.
        open(server, URI, 1, "FROM a\nFOO x\n");
        List<CompletableFuture<JsonObject>> pulls = new ArrayList<>();
        int last = 300;
        for (int version = 2; version <= last; version++) {
            change(server, URI, version, range(1, 0, 1, 0), "RUN x\n");
            pulls.add(server.request("textDocument/diagnostic", document(URI)));
        }
        for (int i = 0; i < pulls.size(); i++) {
            JsonArray items = items(pulls.get(i).get(PipedServer.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            int version = i + 2;
            assertEquals(1, items.size(), items::toString);
            assertEquals(version, line(items.get(0)), "the answer to the pull sent after version " + version);
        }
        JsonObject published = server.awaitPublished(URI, last);
        assertEquals(last, line(published.getAsJsonArray("diagnostics").get(0)));
    }

    @Test
    void outOfOrderAndDuplicateVersionsAreAppliedInMessageOrder() throws Exception {
        server = PipedServer.initialized("{}", ERRORS_ONLY);
        open(server, URI, 5, "FROM a\n");
        change(server, URI, 3, range(1, 0, 1, 0), "FOO y\n");
        change(server, URI, 3, range(1, 0, 1, 0), "RUN z\n");
        change(server, URI, 2, range(0, 0, 0, 0), "# c\n");
        change(server, URI, 2, range(0, 0, 0, 0), "");

        // The changes are relative to the text before each of them: message order is the only order.
        JsonArray items = items(server.call("textDocument/diagnostic", document(URI)));
        assertEquals(1, items.size(), items::toString);
        assertEquals(3, line(items.get(0)), "FOO y is on line 3 of '# c\\nFROM a\\nRUN z\\nFOO y\\n'");
        JsonObject published = server.awaitPublished(URI, 2);
        assertEquals(3, line(published.getAsJsonArray("diagnostics").get(0)));
    }

    // ---- load ----

    @Test
    void fiftyDocumentsOpenAtOnce() throws Exception {
        server = PipedServer.initialized("{}", ERRORS_ONLY);
        for (int i = 0; i < 50; i++) {
            open(server, "file:///load/doc" + i + "/Dockerfile", 1, "FROM a\n" + "RUN x\n".repeat(i) + "FOO x\n");
        }
        for (int i = 0; i < 50; i++) {
            String uri = "file:///load/doc" + i + "/Dockerfile";
            assertEquals(i + 1, line(server.awaitPublished(uri, 1).getAsJsonArray("diagnostics").get(0)), uri);
            assertEquals(i + 1, line(items(server.call("textDocument/diagnostic", document(uri))).get(0)), uri);
        }
        for (int i = 0; i < 50; i++) {
            close(server, "file:///load/doc" + i + "/Dockerfile");
        }
        for (int i = 0; i < 50; i++) {
            String uri = "file:///load/doc" + i + "/Dockerfile";
            awaitCleared(server, uri);
            assertEquals(0, items(server.call("textDocument/diagnostic", document(uri))).size());
        }
    }

    @Test
    void openCloseCyclesLeaveTheHeapWhereItWas() throws Exception {
        server = PipedServer.initialized("{}", ERRORS_ONLY);
        cycles(server, 0, 500);
        long start = usedHeapAfterGc();
        cycles(server, 500, OPEN_CLOSE_CYCLES);
        long end = usedHeapAfterGc();
        assertWithinTenPercent(start, end, OPEN_CLOSE_CYCLES + " didOpen/didClose cycles");
    }

    private static void cycles(PipedServer server, int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            String uri = "file:///load/cycle" + i + "/Dockerfile";
            open(server, uri, 1, "FROM alpine AS b" + i + "\nRUN --mount=type=cache,target=/c echo $X\nFOO\n");
            close(server, uri);
        }
        awaitCleared(server, "file:///load/cycle" + (to - 1) + "/Dockerfile");
        quiesce(server);
        // This client keeps the newest publication of each document: forget the closed ones, so
        // that only the server's memory is measured.
        server.published.keySet().removeIf(uri -> uri.startsWith("file:///load/cycle"));
    }

    @Test
    void anEditSoakLeavesTheHeapWhereItWas() throws Exception {
        server = PipedServer.initialized("{}", ERRORS_ONLY);
        open(server, URI, 0, "FROM alpine\n" + "RUN apt-get update && apt-get install -y curl\n".repeat(200) + "CMD x\n");
        JsonArray before = server.awaitPublished(URI, 0).getAsJsonArray("diagnostics");
        int version = edits(server, 1, 2_000);
        long start = usedHeapAfterGc();
        version = edits(server, version, SOAK_EDITS);
        long end = usedHeapAfterGc();
        assertWithinTenPercent(start, end, SOAK_EDITS + " edits");
        assertEquals(before, server.awaitPublished(URI, version - 1).getAsJsonArray("diagnostics"), "the text is back where it was");
    }

    /** Types a word into line 100 and deletes it again, one character per didChange; returns the next version. */
    private static int edits(PipedServer server, int version, int count) throws Exception {
        String word = "FOO ";
        for (int i = 0; i < count; i++) {
            int step = i % (2 * word.length());
            if (step < word.length()) {
                change(server, URI, version++, range(100, step, 100, step), word.substring(step, step + 1));
            } else {
                int at = 2 * word.length() - step - 1;
                change(server, URI, version++, range(100, at, 100, at + 1), "");
            }
            if (i % 1_000 == 999) {
                // Keep the server within reach: a real client waits for its answers too.
                server.call("textDocument/diagnostic", document(URI));
            }
        }
        // End with the line as it was (a whole number of type-and-delete rounds).
        while ((version - 1) % (2 * word.length()) != 0 || version <= 1) {
            int step = (version - 1) % (2 * word.length());
            if (step < word.length()) {
                change(server, URI, version++, range(100, step, 100, step), word.substring(step, step + 1));
            } else {
                int at = 2 * word.length() - step - 1;
                change(server, URI, version++, range(100, at, 100, at + 1), "");
            }
        }
        server.awaitPublished(URI, version - 1);
        quiesce(server);
        return version;
    }

    // ---- unknown documents, positions, hostile messages ----

    @Test
    void requestsForUnknownDocumentsGetEmptyAnswers() throws Exception {
        server = PipedServer.initialized("{}", ERRORS_ONLY);
        String unknown = "file:///never/opened/Dockerfile";
        change(server, unknown, 2, range(0, 0, 0, 0), "FOO\n");
        close(server, unknown);
        assertEquals(0, items(server.call("textDocument/diagnostic", document(unknown))).size());
        JsonObject actions = server.call("textDocument/codeAction", codeAction(unknown, range(0, 0, 5, 0)));
        assertEquals(0, actions.getAsJsonArray("result").size(), actions::toString);
        for (String strange : List.of("", "not a uri", "file:///%zz", "untitled:Untitled-1", "file:relative")) {
            JsonObject answer = server.call("textDocument/diagnostic", document(strange));
            assertTrue(answer.has("result"), answer::toString);
        }
    }

    @Test
    void positionsOutsideTheTextGetAnswersNotErrors() throws Exception {
        server = PipedServer.initialized("{}", ERRORS_ONLY);
        open(server, URI, 1, "FROM alpine\nMAINTAINER me\nRUN --bogus x\n");
        for (JsonObject range : List.of(range(-5, -5, -1, -1), range(100, 0, 200, 0), range(0, 10_000, 1, 50_000),
                range(2, 3, 0, 0), range(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE))) {
            JsonObject answer = server.call("textDocument/codeAction", codeAction(URI, range));
            assertTrue(answer.has("result"), answer::toString);
        }
        change(server, URI, 2, range(-3, -3, 999, 999), "FROM b\nFOO\n");
        assertEquals(1, line(items(server.call("textDocument/diagnostic", document(URI))).get(0)));
    }

    @Test
    void anOversizedMessageThatIsNotJsonGetsAParseErrorAndTheServerGoesOn() throws Exception {
        server = PipedServer.initialized("{}", ERRORS_ONLY);
        open(server, URI, 1, "FROM alpine\nFOO\n");
        // 32 MiB: a request whose string never ends.
        byte[] body = ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/diagnostic\",\"params\":{\"x\":\""
                + "a".repeat(32 << 20)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        server.sendFrame(body);
        JsonObject error = server.otherAnswers.poll(PipedServer.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(error, "no answer to the oversized message");
        assertEquals(ResponseErrorCode.ParseError.getValue(), error.getAsJsonObject("error").get("code").getAsInt(),
                error::toString);
        assertEquals(1, items(server.call("textDocument/diagnostic", document(URI))).size(), "the server stopped serving");
    }

    @Test
    void anOversizedDocumentIsServedAndTheServerGoesOn() throws Exception {
        server = PipedServer.initialized("{}", ERRORS_ONLY);
        // 9 MiB in one didOpen: one line far beyond BuildKit's 64 KiB limit, then many short ones.
        open(server, URI, 1, "FROM alpine\nRUN " + "x".repeat(8 << 20) + "\n" + "RUN y\n".repeat(200_000));
        JsonArray items = items(server.call("textDocument/diagnostic", document(URI)));
        assertTrue(items.toString().contains("LineTooLong"), items::toString);
        open(server, "file:///load/small/Dockerfile", 1, "FROM alpine\n");
        assertEquals(0, server.awaitPublished("file:///load/small/Dockerfile", 1).getAsJsonArray("diagnostics").size());
    }

    @Test
    void malformedFramesAndMessagesGetErrorsAndTheServerGoesOn() throws Exception {
        server = PipedServer.initialized("{}", ERRORS_ONLY);
        open(server, URI, 1, "FROM alpine\nFOO\n");
        for (String bad : List.of("", "[]", "[1,2]", "null", "42", "{}", "{\"jsonrpc\":\"2.0\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"textDocument/diagnostic\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/diagnostic\",\"params\":[1]}",
                "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"textDocument/diagnostic\",\"params\":{\"textDocument\":5}}",
                "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"no/such\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"contentChanges\":7}}",
                "\u0000\u0001\uFFFD", "{\"a\":" + "[".repeat(100_000))) {
            server.send(bad);
        }
        // Header lines the server does not know are skipped; a frame with a charset is read.
        server.sendBytes(("X-Whatever: 1\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n{}")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, items(server.call("textDocument/diagnostic", document(URI))).size(), "the server stopped serving");
        assertTrue(server.otherAnswers.stream().anyMatch(a -> a.has("error")), "no error answers at all");
    }

    // ---- lifecycle ----

    @Test
    void shutdownThenExitExitsWithZero() throws Exception {
        server = PipedServer.initialized("{}", ERRORS_ONLY);
        JsonObject answer = server.call("shutdown", null);
        assertTrue(answer.has("result") && answer.get("result").isJsonNull(), answer::toString);
        server.notify("exit", null);
        assertEquals(0, server.exitCodes.poll(PipedServer.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Test
    void initializeWithoutParamsGetsTheCapabilities() throws Exception {
        server = new PipedServer();
        JsonObject answer = server.call("initialize", null);
        assertTrue(answer.has("result") && answer.getAsJsonObject("result").has("capabilities"), answer::toString);
    }

    @Test
    void exitWithoutShutdownExitsWithOne() throws Exception {
        server = PipedServer.initialized("{}", ERRORS_ONLY);
        open(server, URI, 1, "FROM alpine\n");
        server.notify("exit", null);
        assertEquals(1, server.exitCodes.poll(PipedServer.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
    }

    // ---- helpers ----

    private static void assertWithinTenPercent(long start, long end, String what) {
        System.out.printf("heap after GC: %,d bytes before, %,d bytes after %s%n", start, end, what);
        assertTrue(end <= start * 1.10, String.format("heap after GC grew from %,d to %,d bytes after %s", start, end, what));
    }

    /** The used heap after full collections: the least of a few readings, as a collection may be cut short. */
    static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(100);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    /** Waits until the server has published nothing new for a while (its queue of work is done). */
    private static void quiesce(PipedServer server) throws InterruptedException {
        long seen = -1;
        while (seen != server.publications.get()) {
            seen = server.publications.get();
            TimeUnit.MILLISECONDS.sleep(300);
        }
    }

    private static void awaitCleared(PipedServer server, String uri) throws InterruptedException {
        long deadline = System.nanoTime() + PipedServer.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject p = server.published.get(uri);
            if (p != null && !p.has("version") && p.getAsJsonArray("diagnostics").isEmpty()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(2);
        }
        throw new AssertionError("diagnostics of " + uri + " were not cleared: " + server.published.get(uri));
    }

    static void open(PipedServer server, String uri, int version, String text) {
        JsonObject item = new JsonObject();
        item.addProperty("uri", uri);
        item.addProperty("languageId", "dockerfile");
        item.addProperty("version", version);
        item.addProperty("text", text);
        JsonObject params = new JsonObject();
        params.add("textDocument", item);
        server.notify("textDocument/didOpen", params);
    }

    static void change(PipedServer server, String uri, int version, JsonObject range, String text) {
        JsonObject id = new JsonObject();
        id.addProperty("uri", uri);
        id.addProperty("version", version);
        JsonObject change = new JsonObject();
        change.add("range", range);
        change.addProperty("text", text);
        JsonArray changes = new JsonArray();
        changes.add(change);
        JsonObject params = new JsonObject();
        params.add("textDocument", id);
        params.add("contentChanges", changes);
        server.notify("textDocument/didChange", params);
    }

    static void close(PipedServer server, String uri) {
        server.notify("textDocument/didClose", document(uri));
    }

    private static void cancel(PipedServer server, String id) {
        JsonObject params = new JsonObject();
        params.addProperty("id", id);
        server.notify("$/cancelRequest", params);
    }

    static JsonObject document(String uri) {
        JsonObject id = new JsonObject();
        id.addProperty("uri", uri);
        JsonObject params = new JsonObject();
        params.add("textDocument", id);
        return params;
    }

    private static JsonObject codeAction(String uri, JsonObject range) {
        JsonObject params = document(uri);
        params.add("range", range);
        params.add("context", JsonParser.parseString("{\"diagnostics\":[]}"));
        return params;
    }

    static JsonObject range(int startLine, int startCharacter, int endLine, int endCharacter) {
        return JsonParser.parseString(String.format("{\"start\":{\"line\":%d,\"character\":%d},\"end\":{\"line\":%d,\"character\":%d}}",
                startLine, startCharacter, endLine, endCharacter)).getAsJsonObject();
    }

    static JsonArray items(JsonObject answer) {
        assertTrue(answer.has("result"), answer::toString);
        return answer.getAsJsonObject("result").getAsJsonArray("items");
    }

    private static int line(JsonElement diagnostic) {
        return diagnostic.getAsJsonObject().getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt();
    }
}
