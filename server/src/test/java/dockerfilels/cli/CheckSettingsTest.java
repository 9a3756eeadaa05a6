package dockerfilels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} lints with the rules, configured by {@code --config} or the nearest project file. */
class CheckSettingsTest {
    private static final String MAINTAINER = "FROM alpine\nMAINTAINER me\n";

    @TempDir
    Path dir;

    @Test
    void ruleFindingsAreReportedWithTheirDefaultSeverity() throws IOException {
        Path file = write("Dockerfile", MAINTAINER);

        Cli cli = Cli.run("check", file.toString());

        assertEquals(file + ":2:1: warning MaintainerDeprecated Maintainer instruction is deprecated in favor of using label\n",
                cli.out());
        assertEquals(0, cli.exitCode(), "a warning is below the default --fail-on");
        assertEquals(1, Cli.run("check", "--fail-on", "warning", file.toString()).exitCode());
    }

    @Test
    void configSetsRuleLevels() throws IOException {
        Path file = write("Dockerfile", MAINTAINER);
        Path config = write("conf.json", "{\"rules\":{\"MaintainerDeprecated\":\"error\"}}");

        Cli cli = Cli.run("check", "--config", config.toString(), file.toString());

        assertTrue(cli.out().contains(":2:1: error MaintainerDeprecated"), cli.out());
        assertEquals(1, cli.exitCode());
    }

    @Test
    void configReplacesTheProjectFileSearch() throws IOException {
        write(".dockerfile-ls.json", "{\"rules\":{\"MaintainerDeprecated\":\"error\"}}");
        Path file = write("Dockerfile", MAINTAINER);
        Path config = write("conf.json", "{\"categories\":{\"buildkit-check\":\"info\"}}");

        Cli cli = run(dir, "check", "--config=" + config, file.toString());

        assertTrue(cli.out().contains(":2:1: information MaintainerDeprecated"), cli.out());
    }

    @Test
    void theNearestProjectFileUpToTheRootApplies() throws IOException {
        write(".dockerfile-ls.json", "{\"rules\":{\"MaintainerDeprecated\":\"off\"}}");
        write("ws/.dockerfile-ls.json", "{\"rules\":{\"MaintainerDeprecated\":\"error\"}}");
        Path deep = write("ws/a/b/Dockerfile", MAINTAINER);
        Path elsewhere = write("other/Dockerfile", MAINTAINER);

        Cli inWorkspace = run(dir.resolve("ws"), "check", deep.toString());
        assertTrue(inWorkspace.out().contains(":2:1: error MaintainerDeprecated"), inWorkspace.out());

        Cli outside = run(dir.resolve("ws"), "check", elsewhere.toString());
        assertTrue(outside.out().contains(":2:1: warning MaintainerDeprecated"),
                "a file outside the root reads only its own folder: " + outside.out());
    }

    @Test
    void aBrokenConfigIsOneWarningAndTheCheckGoesOn() throws IOException {
        Path file = write("Dockerfile", MAINTAINER);
        Path other = write("sub/Dockerfile", MAINTAINER);
        Path config = write("conf.json", "{not json");

        Cli cli = Cli.run("check", "--config", config.toString(), file.toString(), other.toString());

        assertEquals(2, cli.out().lines().count(), cli.out());
        assertEquals(1, cli.err().lines().filter(l -> l.contains("warning") && l.contains("not JSON")).count(), cli.err());
        assertEquals(0, cli.exitCode());
    }

    @Test
    void theBuildContextIsTheFilesFolderOrTheConfiguredOneInsideTheRoot() throws IOException {
        write("ws/.dockerignore", "*.env\n");
        Path file = write("ws/app/Dockerfile", "FROM alpine\nCOPY prod.env /app/\n");
        write(".dockerignore", "*.env\n");

        assertEquals("", run(dir.resolve("ws"), "check", file.toString()).out(), "app/ has no .dockerignore");
        write("ws/app/.dockerfile-ls.json", "{\"buildContext\":\"..\"}");
        assertTrue(run(dir.resolve("ws"), "check", file.toString()).out().contains(":2:6: warning CopyIgnoredFile"));
        write("ws/app/.dockerfile-ls.json", "{\"buildContext\":\"../..\"}");
        Cli outside = run(dir.resolve("ws"), "check", file.toString());
        assertEquals("", outside.out(), "read above the root");
        assertTrue(outside.err().contains("is outside the workspace folder"), outside.err());
    }

    @Test
    void aMissingConfigIsAUsageError() throws IOException {
        Path file = write("Dockerfile", MAINTAINER);

        Cli cli = Cli.run("check", "--config", dir.resolve("none.json").toString(), file.toString());

        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("--config: no such file"), cli.err());
    }

    /** Runs check with {@code root} as the folder reads stay in (the current directory in real use). */
    static Cli run(Path root, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> arguments = List.of(args);
        int code = new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), root).run(arguments.subList(1, arguments.size()));
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
