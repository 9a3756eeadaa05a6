package dockerfilels.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server as its own process, on real stdin/stdout: exit codes and a clean stdout. */
class ServerProcessTest {
    private static final String INITIALIZE =
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
                    + "\"rootUri\":null,\"capabilities\":{}}}";
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}";
    private static final String OPEN = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":"
            + "{\"textDocument\":{\"uri\":\"file:///x/Dockerfile\",\"languageId\":\"dockerfile\",\"version\":1,"
            + "\"text\":\"FROM alpine\\nFOO bar\\n\"}}}";
    private static final String SHUTDOWN = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}";
    private static final String EXIT = "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}";

    record Run(int exitCode, byte[] stdout, String stderr) {
    }

    @Test
    void shutdownThenExitEndsWithZeroAndStdoutHoldsOnlyJsonRpc() throws Exception {
        Run run = serve(List.of("--stdio"), INITIALIZE, INITIALIZED, OPEN, SHUTDOWN, EXIT);

        assertEquals(0, run.exitCode(), run.stderr());
        List<JsonObject> messages = frames(run.stdout());
        assertTrue(messages.get(0).getAsJsonObject("result").has("capabilities"), messages.get(0).toString());
        assertTrue(messages.stream().anyMatch(m -> m.has("id") && m.get("id").getAsInt() == 2 && m.has("result")),
                "no answer to shutdown: " + messages);
    }

    @Test
    void exitWithoutShutdownEndsWithOne() throws Exception {
        assertEquals(1, serve(List.of(), INITIALIZE, INITIALIZED, EXIT).exitCode());
    }

    @Test
    void inputClosedWithoutExitEndsTheServer() throws Exception {
        assertEquals(1, serve(List.of(), INITIALIZE).exitCode());
    }

    @Test
    void aBadServerOptionIsAUsageError() throws Exception {
        Run run = serve(List.of("--port", "http"));

        assertEquals(2, run.exitCode());
        assertEquals(0, run.stdout().length);
        assertTrue(run.stderr().contains("--port must be a number"), run.stderr());
    }

    @Test
    void portModeServesOneClientOnTheLoopbackInterface() throws Exception {
        Process process = new ProcessBuilder(javaCommand(List.of("--port", "0"))).start();
        try {
            var stderr = new java.io.BufferedReader(
                    new java.io.InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
            String line = stderr.readLine();
            assertTrue(line != null && line.startsWith("dockerfile-ls: listening on 127.0.0.1:"), line);
            int port = Integer.parseInt(line.substring(line.lastIndexOf(':') + 1));
            try (var socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
                OutputStream out = socket.getOutputStream();
                for (String message : List.of(INITIALIZE, SHUTDOWN, EXIT)) {
                    byte[] body = message.getBytes(StandardCharsets.UTF_8);
                    out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                }
                out.flush();
                List<JsonObject> messages = frames(socket.getInputStream().readAllBytes());
                assertTrue(messages.get(0).getAsJsonObject("result").has("capabilities"), messages.toString());
            }
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server did not exit");
            assertEquals(0, process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }

    private static List<String> javaCommand(List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dockerfilels.Main"));
        command.addAll(args);
        return command;
    }

    /** Starts {@code dockerfilels.Main}, writes the framed messages, closes stdin, waits for the end. */
    private static Run serve(List<String> args, String... messages) throws Exception {
        Process process = new ProcessBuilder(javaCommand(args)).start();
        try (OutputStream in = process.getOutputStream()) {
            for (String message : messages) {
                byte[] body = message.getBytes(StandardCharsets.UTF_8);
                in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                in.write(body);
                in.flush();
            }
        } catch (IOException exitedEarly) {
            // A server that exits on a bad option never reads its input.
        }
        var stdout = process.getInputStream().readAllBytes();
        var stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the server did not exit; stderr:\n" + stderr);
        }
        return new Run(process.exitValue(), stdout, stderr);
    }

    /** Splits stdout into Content-Length frames; anything else on stdout fails the test. */
    private static List<JsonObject> frames(byte[] stdout) {
        List<JsonObject> messages = new ArrayList<>();
        int at = 0;
        while (at < stdout.length) {
            int headerEnd = indexOf(stdout, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
            assertTrue(headerEnd >= 0, "stray bytes on stdout: " + new String(stdout, at, stdout.length - at,
                    StandardCharsets.UTF_8));
            String header = new String(stdout, at, headerEnd - at, StandardCharsets.US_ASCII);
            assertTrue(header.startsWith("Content-Length: "), "not a JSON-RPC header: " + header);
            int length = Integer.parseInt(header.lines().findFirst().orElseThrow().substring(16).trim());
            int bodyStart = headerEnd + 4;
            String body = new String(stdout, bodyStart, length, StandardCharsets.UTF_8);
            messages.add(JsonParser.parseString(body).getAsJsonObject());
            at = bodyStart + length;
        }
        return messages;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
