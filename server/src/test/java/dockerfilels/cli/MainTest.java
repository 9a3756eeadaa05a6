package dockerfilels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void versionPrintsTheNameAndAVersion() {
        Cli cli = Cli.run("--version");

        assertTrue(cli.out().matches("dockerfile-ls \\S+\n"), cli.out());
        assertEquals(0, cli.exitCode());
    }

    @Test
    void helpListsEveryCommand() {
        Cli cli = Cli.run("--help");

        for (String command : new String[] {"--stdio", "--port", "check", "parse --buildkit-dump", "--version"}) {
            assertTrue(cli.out().contains(command), command + " missing from\n" + cli.out());
        }
        assertEquals(0, cli.exitCode());
    }

    @Test
    void anUnknownArgumentIsAUsageError() {
        Cli cli = Cli.run("--verbose");

        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("unknown command or option: --verbose"), cli.err());
        assertEquals("", cli.out());
    }
}
