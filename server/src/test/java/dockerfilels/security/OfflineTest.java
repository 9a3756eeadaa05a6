package dockerfilels.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server and the CLI in a network namespace with no network at all ({@code unshare -n}: not
 * even a loopback interface that is up), where any attempt to reach the network fails: both
 * work exactly as usual. Where unshare is not permitted (it needs root or user namespaces),
 * the tests say so and are skipped.
 */
class OfflineTest {
    private static String unavailable;

    @BeforeAll
    static void unshareIsPermitted() throws Exception {
        try {
            Process probe = new ProcessBuilder("unshare", "-n", "--", "cat", "/proc/net/dev").redirectErrorStream(true).start();
            String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!probe.waitFor(30, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                unavailable = "unshare -n is not permitted here: " + out.strip();
            } else {
                // Inside, the only interface is lo, and it is down: no route anywhere.
                List<String> interfaces = out.lines().skip(2).map(l -> l.strip().split(":")[0]).toList();
                assertEquals(List.of("lo"), interfaces, out);
            }
        } catch (IOException e) {
            unavailable = "unshare is not installed: " + e.getMessage();
        }
        if (unavailable != null) {
            System.err.println("OfflineTest SKIPPED: " + unavailable);
        }
    }

    private static List<String> offline(String... args) {
        assumeTrue(unavailable == null, () -> "SKIPPED: " + unavailable);
        List<String> command = new ArrayList<>(List.of("unshare", "-n", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dockerfilels.Main"));
        command.addAll(List.of(args));
        return command;
    }

    private static byte[] frame(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[header.length + body.length];
        System.arraycopy(header, 0, frame, 0, header.length);
        System.arraycopy(body, 0, frame, header.length, body.length);
        return frame;
    }

    @Test
    void theServerLintsAndExitsCleanlyWithoutANetwork(@TempDir Path workspace) throws Exception {
        Path dockerfile = workspace.resolve("Dockerfile");
        Files.writeString(workspace.resolve(".dockerignore"), "secret.txt\n");
        Files.writeString(workspace.resolve(".dockerfile-ls.json"), "{\"rules\":{\"MaintainerDeprecated\":\"error\"}}");
        String uri = dockerfile.toUri().toString();
        String text = "FROM alpine\\nMAINTAINER me\\nCOPY secret.txt /\\nFOO bar\\n";
        Process server = new ProcessBuilder(offline("--stdio")).start();
        var stdout = new java.io.ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                server.getInputStream().transferTo(stdout);
            } catch (IOException ended) {
                // the server exited
            }
        });
        reader.start();
        try (OutputStream in = server.getOutputStream()) {
            for (String message : List.of(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
                            + workspace.toUri() + "\",\"capabilities\":{}}}",
                    "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}",
                    "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
                            + "\",\"languageId\":\"dockerfile\",\"version\":1,\"text\":\"" + text + "\"}}}",
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/diagnostic\",\"params\":{\"textDocument\":{\"uri\":\""
                            + uri + "\"}}}")) {
                in.write(frame(message));
                in.flush();
            }
            // An editor waits for its answers before it shuts the server down.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!stdout.toString(StandardCharsets.UTF_8).contains("\"id\":2,") && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            in.write(frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}"));
            in.write(frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}"));
        }
        assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server did not exit");
        reader.join(10_000);
        String stdoutText = stdout.toString(StandardCharsets.UTF_8);
        assertEquals(0, server.exitValue(), new String(server.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(stdoutText.contains("\"capabilities\""), stdoutText);
        // Syntax, a rule raised to error by the project file, and one that read the build context's .dockerignore.
        for (String code : List.of("UnknownInstruction", "MaintainerDeprecated", "CopyIgnoredFile")) {
            assertTrue(stdoutText.contains("\"" + code + "\""), code + " missing: " + stdoutText);
        }
    }

    @Test
    void theCheckCommandWorksWithoutANetwork(@TempDir Path workspace) throws Exception {
        Files.writeString(workspace.resolve("Dockerfile"), "FROM alpine\nMAINTAINER me\nCOPY secret.txt /\nFOO bar\n");
        Files.writeString(workspace.resolve(".dockerignore"), "secret.txt\n");
        Process check = new ProcessBuilder(offline("check", "--format", "json", "Dockerfile"))
                .directory(workspace.toFile()).redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(60, TimeUnit.SECONDS), "check did not finish");
        assertEquals(1, check.exitValue(), out);
        for (String code : List.of("UnknownInstruction", "MaintainerDeprecated", "CopyIgnoredFile")) {
            assertTrue(out.contains("\"" + code + "\""), code + " missing: " + out);
        }
    }
}
