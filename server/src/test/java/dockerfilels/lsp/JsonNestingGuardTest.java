package dockerfilels.lsp;

import static dockerfilels.lsp.ProtocolLoadTest.document;
import static dockerfilels.lsp.ProtocolLoadTest.items;
import static dockerfilels.lsp.ProtocolLoadTest.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * JSON nested deeper than {@link JsonNestingGuard#MAX_DEPTH} levels, over the real server on pipes:
 * it gets a parse error answer and the server goes on, while deep brackets inside strings (a
 * Dockerfile's text) are only text.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class JsonNestingGuardTest {
    private static final String URI = "file:///nesting/Dockerfile";
    private static final String ERRORS_ONLY = "{\"settings\":{\"dockerfile-ls\":{\"categories\":{\"buildkit-check\":\"off\","
            + "\"best-practice\":\"off\",\"image-size\":\"off\",\"build-speed\":\"off\",\"security\":\"off\"}}}}";

    private PipedServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aHundredThousandNestedArraysGetAParseErrorAndTheNextRequestIsAnswered() throws Exception {
        server = servingOneError();
        int depth = 100_000;
        server.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/diagnostic\",\"params\":"
                + "[".repeat(depth) + "]".repeat(depth) + "}");
        assertParseError();
        assertServing();
    }

    @Test
    void deepObjectsInANotificationGetAParseErrorToo() throws Exception {
        server = servingOneError();
        server.send("{\"jsonrpc\":\"2.0\",\"method\":\"workspace/didChangeConfiguration\",\"params\":"
                + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) + "}");
        assertParseError();
        assertServing();
    }

    @Test
    void unclosedDeepNestingGetsAParseError() throws Exception {
        server = servingOneError();
        server.send("{\"a\":" + "[{\"b\":".repeat(50_000));
        assertParseError();
        assertServing();
    }

    @Test
    void bracketsInsideStringsAreText() throws Exception {
        server = servingOneError();
        // A Dockerfile of 100,000 nested brackets, with escaped quotes that do not end the string.
        open(server, "file:///nesting/brackets/Dockerfile", 1, "FROM a\nCMD \"\\\"" + "[".repeat(100_000) + "\n");
        assertNotNull(server.awaitPublished("file:///nesting/brackets/Dockerfile", 1));
        assertNull(server.otherAnswers.poll(), "a string was taken for nesting");
    }

    @Test
    void nestingWithinTheLimitIsServed() throws Exception {
        server = servingOneError();
        int depth = JsonNestingGuard.MAX_DEPTH - 4; // the message and its params are levels too
        JsonObject answer = server.call("textDocument/diagnostic", com.google.gson.JsonParser.parseString(
                "{\"textDocument\":{\"uri\":\"" + URI + "\"},\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}"));
        assertEquals(1, items(answer).size(), answer::toString);
        assertNull(server.otherAnswers.poll(), "a message within the limit was refused");
    }

    private PipedServer servingOneError() throws Exception {
        PipedServer started = PipedServer.initialized("{}", ERRORS_ONLY);
        open(started, URI, 1, "FROM alpine\nFOO\n");
        return started;
    }

    private void assertParseError() throws InterruptedException {
        JsonObject error = server.otherAnswers.poll(PipedServer.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(error, "no answer to the deep message");
        // The id when it was read before the nesting, else null (JSON-RPC's answer to an unreadable message).
        assertTrue(error.has("error") && (error.get("id").isJsonNull() || error.get("id").getAsInt() == 1), error::toString);
        assertEquals(ResponseErrorCode.ParseError.getValue(), error.getAsJsonObject("error").get("code").getAsInt(),
                error::toString);
    }

    private void assertServing() {
        assertEquals(1, items(server.call("textDocument/diagnostic", document(URI))).size(), "the server stopped serving");
    }
}
