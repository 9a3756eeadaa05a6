package dockerfilels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String GOOD = "FROM alpine\nRUN echo hi\n";
    private static final String UNKNOWN_INSTRUCTION = "FROM alpine\nFOO bar\n";

    @TempDir
    Path dir;

    @Test
    void textOutputIsOneCompilerStyleLinePerDiagnostic() throws IOException {
        Path file = write("Dockerfile", UNKNOWN_INSTRUCTION);

        Cli cli = Cli.run("check", file.toString());

        assertEquals(file + ":2:1: error UnknownInstruction unknown instruction: FOO (did you mean FROM?)\n", cli.out());
        assertEquals(1, cli.exitCode());
    }

    @Test
    void aCleanFileExitsZeroAndPrintsNothing() throws IOException {
        Cli cli = Cli.run("check", write("Dockerfile", GOOD).toString());

        assertEquals("", cli.out());
        assertEquals(0, cli.exitCode(), cli.err());
    }

    @Test
    void jsonOutputHoldsLspDiagnostics() throws IOException {
        Path file = write("Dockerfile", "FROM alpine\nRUN --bogus=1 ls\n");

        Cli cli = Cli.run("check", "--format", "json", file.toString());

        JsonArray files = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("files");
        assertEquals(1, files.size());
        assertEquals(file.toString(), files.get(0).getAsJsonObject().get("path").getAsString());
        JsonArray diagnostics = files.get(0).getAsJsonObject().getAsJsonArray("diagnostics");
        assertEquals(1, diagnostics.size(), cli.out());
        JsonObject diagnostic = diagnostics.get(0).getAsJsonObject();
        assertEquals(1, diagnostic.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
        assertEquals(1, diagnostic.get("severity").getAsInt());
        assertEquals("UnknownFlag", diagnostic.get("code").getAsString());
        assertEquals("unknown flag: --bogus", diagnostic.get("message").getAsString());
        assertEquals("dockerfile-ls", diagnostic.get("source").getAsString());
        assertEquals(1, cli.exitCode());
    }

    @Test
    void jsonOutputOfACleanFileHasAnEmptyList() throws IOException {
        Path file = write("Dockerfile", GOOD);

        Cli cli = Cli.run("check", "--format=json", file.toString());

        assertEquals("{\"files\":[{\"path\":" + quote(file.toString()) + ",\"diagnostics\":[]}]}\n", cli.out());
        assertEquals(0, cli.exitCode());
    }

    @Test
    void foldersAreSearchedForDockerfilesInPathOrder() throws IOException {
        for (String name : List.of("Dockerfile", "Dockerfile.dev", "app.Dockerfile", "web.dockerfile",
                "Containerfile", "sub/deeper/Dockerfile", "README.md", "Dockerfiles", "notes.Dockerfile.txt",
                ".git/Dockerfile", "node_modules/pkg/Dockerfile", "target/Dockerfile", "sub/target/Dockerfile")) {
            write(name, GOOD);
        }

        Cli cli = Cli.run("check", "--format", "json", dir.toString());

        List<String> expected = new ArrayList<>();
        for (String name : List.of("Containerfile", "Dockerfile", "Dockerfile.dev", "app.Dockerfile",
                "sub/deeper/Dockerfile", "web.dockerfile")) {
            expected.add(dir.resolve(name).toString());
        }
        assertEquals(expected, paths(cli.out()));
        assertEquals(0, cli.exitCode(), cli.err());
    }

    @Test
    void aFileNamedOnTheCommandLineIsCheckedWhateverItsName() throws IOException {
        Path file = write("build.txt", GOOD);

        assertEquals(List.of(file.toString()), paths(Cli.run("check", "--format", "json", file.toString()).out()));
    }

    @Test
    void aMissingFileExitsTwoAndTheOthersAreStillReported() throws IOException {
        Path good = write("good/Dockerfile", GOOD);
        Path missing = dir.resolve("missing/Dockerfile");

        Cli cli = Cli.run("check", "--format", "json", missing.toString(), good.toString());

        assertEquals(List.of(good.toString()), paths(cli.out()));
        assertTrue(cli.err().contains(missing + ": no such file or directory"), cli.err());
        assertEquals(2, cli.exitCode());
    }

    @Test
    void malformedUtf8IsReadWithReplacementCharacters() throws IOException {
        Path file = dir.resolve("Dockerfile");
        Files.write(file, new byte[] {'F', 'R', 'O', 'M', ' ', (byte) 0xff, (byte) 0xc3, '\n', 0, '\n'});

        Cli cli = Cli.run("check", "--format", "json", file.toString());

        assertEquals(List.of(file.toString()), paths(cli.out()));
        assertTrue(cli.exitCode() == 0 || cli.exitCode() == 1, "exit " + cli.exitCode() + ": " + cli.err());
    }

    @Test
    void usageErrorsExitTwoWithAMessage() {
        assertUsageError(Cli.run("check"), "no paths");
        assertUsageError(Cli.run("check", "--format", "xml", "."), "--format must be text, json, sarif, checkstyle or github");
        assertUsageError(Cli.run("check", "--fail-on", "fatal", "."), "--fail-on must be");
        assertUsageError(Cli.run("check", "--fail-on"), "--fail-on needs a value");
        assertUsageError(Cli.run("check", "--quiet", "."), "unknown option: --quiet");
        assertUsageError(Cli.run("lint", "."), "unknown command");
    }

    @Test
    void failOnLowersTheThreshold() throws IOException {
        Path file = write("Dockerfile", UNKNOWN_INSTRUCTION);

        assertEquals(1, Cli.run("check", "--fail-on", "hint", file.toString()).exitCode());
        assertEquals(0, Cli.run("check", "--fail-on", "hint", write("ok/Dockerfile", GOOD).toString()).exitCode());
    }

    @Test
    void theThresholdCountsDiagnosticsAtOrAboveIt() {
        List<CheckCommand.Result> warning = List.of(new CheckCommand.Result("Dockerfile",
                List.of(new Diagnostic(TextRange.of(0, 0, 0, 4), Severity.WARNING, "Rule", "message"))));

        assertFalse(CheckCommand.fails(warning, Severity.ERROR));
        assertTrue(CheckCommand.fails(warning, Severity.WARNING));
        assertTrue(CheckCommand.fails(warning, Severity.HINT));
    }

    @Test
    void textOutputSpellsSeveritiesInLowerCaseAndKeepsMessagesOnOneLine() {
        CheckCommand.Result result = new CheckCommand.Result("a/Dockerfile", List.of(
                new Diagnostic(TextRange.of(4, 2, 4, 9), Severity.INFORMATION, "SomeRule", "two\nlines")));
        var out = new java.io.ByteArrayOutputStream();

        CheckCommand.printText(result, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));

        assertEquals("a/Dockerfile:5:3: information SomeRule two lines\n", out.toString());
    }

    private static void assertUsageError(Cli cli, String message) {
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains(message), cli.err());
        assertEquals("", cli.out());
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static List<String> paths(String json) {
        List<String> paths = new ArrayList<>();
        for (JsonElement file : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("files")) {
            paths.add(file.getAsJsonObject().get("path").getAsString());
        }
        return paths;
    }

    private static String quote(String text) {
        return new com.google.gson.Gson().toJson(text);
    }
}
