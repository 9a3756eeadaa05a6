package dockerfilels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's promises about {@code examples/}: good ones are clean, the bad one is not. */
class ExamplesTest {
    private static final Path EXAMPLES = locate();

    private static Path locate() {
        // Surefire runs in server/; a run from the repository root works too.
        Path fromModule = Path.of("..", "examples");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("examples");
    }

    @Test
    void theGoodExamplesAreClean() {
        for (String name : new String[] {"good", "heredoc"}) {
            Cli cli = Cli.run("check", "--fail-on", "hint", EXAMPLES.resolve(name).toString());
            assertEquals("", cli.out(), name);
            assertEquals(0, cli.exitCode(), name + ": " + cli.err());
        }
    }

    @Test
    void theBadExampleShowsAnUnknownFlagAndAnUnknownInstruction() {
        Path bad = EXAMPLES.resolve("bad").resolve("Dockerfile");

        Cli cli = Cli.run("check", bad.toString());

        assertEquals(bad + ":1:6: information FinalStageRunsAsRoot The final stage sets no USER, so the container runs as root\n"
                + bad + ":3:5: error UnknownFlag unknown flag: --bogus\n"
                + bad + ":5:1: error UnknownInstruction unknown instruction: FOO (did you mean FROM?)\n", cli.out());
        assertEquals(1, cli.exitCode());
    }

    @Test
    void theChecksExampleShowsBuildKitsChecksAndABuildError() {
        Path checks = EXAMPLES.resolve("checks").resolve("Dockerfile");

        Cli cli = Cli.run("check", "--format", "text", checks.toString());

        List<String> codes = cli.out().lines().map(line -> line.split(" ")[2]).toList();
        assertEquals(List.of("FromAsCasing", "StageNameCasing", "MaintainerDeprecated", "LegacyKeyValueFormat",
                "WorkdirRelativePath", "MissingDockerignore", "MissingSyntaxDirective", "InvalidMount", "FinalStageRunsAsRoot",
                "ExposeProtoCasing", "JSONArgsRecommended"), codes);
        assertTrue(cli.out().contains("error InvalidMount unsupported sharing value \"lockd\" (did you mean locked?)"), cli.out());
        assertEquals(1, cli.exitCode());
    }

    @Test
    void everyExampleParsesTheWayBuildKitAccepts() {
        Cli cli = Cli.run("parse", "--buildkit-dump", EXAMPLES.resolve("good/Dockerfile").toString(),
                EXAMPLES.resolve("heredoc/Dockerfile").toString(), EXAMPLES.resolve("bad/Dockerfile").toString());

        assertEquals(0, cli.exitCode(), cli.out() + cli.err());
        assertTrue(cli.out().contains("(from \"golang:1.22-alpine\" \"AS\" \"build\")"), cli.out());
    }
}
