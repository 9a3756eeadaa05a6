package dockerfilels.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dockerfilels.lsp.PipedServer;
import dockerfilels.settings.LintSettings;
import dockerfilels.settings.RuleLevel;
import dockerfilels.settings.SettingsFile;
import dockerfilels.settings.SettingsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings are size-limited and validated wherever they come from: a file over 1 MiB, a file
 * that is not JSON, JSON nested deeper than any parser's stack, values of the wrong kind, and the
 * same from the client over the wire. Each is a warning and default settings, never a crash.
 */
class SettingsLimitsTest {
    @TempDir
    Path dir;

    private static LintSettings readFile(Path file, List<String> warnings) {
        return SettingsFile.read(file, warnings::add);
    }

    @Test
    void aFileOverOneMebibyteIsNotRead() throws Exception {
        Path file = Files.writeString(dir.resolve(".dockerfile-ls.json"),
                "{\"rules\":{\"MaintainerDeprecated\":\"off\"}," + " ".repeat(1 << 20) + "}");
        List<String> warnings = new ArrayList<>();
        assertEquals(LintSettings.DEFAULT, readFile(file, warnings));
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("larger than 1 MiB"), warnings::toString);
    }

    @Test
    void brokenAndHostileJsonIsAWarning() throws Exception {
        for (String text : List.of("not json", "{", "[]", "\u0000\uFFFF", "{\"rules\":" + "[".repeat(200_000),
                "{\"rules\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "}",
                "[".repeat(100_000) + "]".repeat(100_000))) {
            Path file = Files.writeString(dir.resolve(".dockerfile-ls.json"), text);
            List<String> warnings = new ArrayList<>();
            LintSettings settings = readFile(file, warnings);
            assertTrue(settings.rules().isEmpty(), () -> text.length() + " chars: " + settings);
            assertTrue(!warnings.isEmpty(), () -> "no warning for " + text.substring(0, Math.min(40, text.length())));
        }
    }

    @Test
    void wrongValuesCostOnlyThemselves() {
        List<String> warnings = new ArrayList<>();
        LintSettings settings = SettingsJson.read("{\"rules\":{\"MaintainerDeprecated\":\"error\",\"UndefinedVar\":7,"
                + "\"JSONArgsRecommended\":\"loud\"},\"categories\":[1],\"buildContext\":{\"x\":1}}", "test", warnings::add);
        assertEquals(RuleLevel.ERROR, settings.rules().get("MaintainerDeprecated"));
        assertEquals(1, settings.rules().size(), settings::toString);
        assertEquals(4, warnings.size(), warnings::toString);
    }

    @Test
    void manyRulesWithinTheLimitAreRead() {
        StringBuilder text = new StringBuilder("{\"rules\":{");
        for (int i = 0; i < 30_000; i++) {
            text.append(i == 0 ? "" : ",").append("\"R").append(i).append("\":\"off\"");
        }
        List<String> warnings = new ArrayList<>();
        LintSettings settings = SettingsJson.read(text.append("}}").toString(), "test", warnings::add);
        assertEquals(30_000, settings.rules().size());
    }

    @Test
    void hostileSettingsFromTheClientAreWarnedAboutAndTheServerGoesOn() throws Exception {
        try (PipedServer server = PipedServer.initialized("{}")) {
            server.notify("textDocument/didOpen", JsonParser.parseString("{\"textDocument\":{\"uri\":\"file:///s/Dockerfile\","
                    + "\"languageId\":\"dockerfile\",\"version\":1,\"text\":\"FROM a\\nMAINTAINER me\\n\"}}"));
            for (String settings : List.of("7", "\"x\"", "[1,2]", "{\"dockerfile-ls\":{\"rules\":[]}}",
                    // Nested deeper than Gson's 255 levels, a message desynchronizes LSP4J's stream (see docs/security.md): 200 here.
                    "{\"dockerfile-ls\":{\"rules\":{\"MaintainerDeprecated\":{\"deep\":" + "[".repeat(200) + "]".repeat(200) + "}}}}",
                    "{\"dockerfile-ls\":{\"rules\":{\"MaintainerDeprecated\":\"" + "x".repeat(1 << 20) + "\"}}}")) {
                server.send("{\"jsonrpc\":\"2.0\",\"method\":\"workspace/didChangeConfiguration\",\"params\":{\"settings\":"
                        + settings + "}}");
            }
            var answer = server.call("textDocument/diagnostic", JsonParser.parseString("{\"textDocument\":{\"uri\":\"file:///s/Dockerfile\"}}"));
            assertEquals(1, answer.getAsJsonObject("result").getAsJsonArray("items").size(), answer::toString);
            String warning = server.logged.poll(PipedServer.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertTrue(warning != null, "no warning about the settings");
        }
    }
}
