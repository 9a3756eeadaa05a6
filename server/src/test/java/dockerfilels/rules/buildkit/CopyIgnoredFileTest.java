package dockerfilels.rules.buildkit;

import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;

import dockerfilels.syntax.Severity;
import dockerfilels.testing.LintAssertions.Setup;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyIgnoredFileTest {
    private static final String ID = "CopyIgnoredFile";

    private static Setup ignoring(String dockerignore) {
        return Setup.DEFAULT.withFiles(Map.of(".dockerignore", dockerignore));
    }

    private static String copy(String file) {
        return "Attempting to Copy file \"" + file + "\" that is excluded by .dockerignore";
    }

    @Test
    void firesOnTheIgnoredSource() {
        assertRule(ID, "FROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n", ignoring("Dockerfile\n"),
                d(1, 5, 1, 15, Severity.WARNING, ID, copy("Dockerfile")),
                d(2, 4, 2, 14, Severity.WARNING, ID, "Attempting to Add file \"Dockerfile\" that is excluded by .dockerignore"));
        assertRule(ID, "FROM scratch\nCOPY ./src/../a/b.txt /x\n", ignoring("a\n"), d(1, 5, 1, 21, Severity.WARNING, ID, copy("a/b.txt")));
    }

    @Test
    void notWithoutDockerignoreOrWithExceptions() {
        assertNone(ID, "FROM scratch\nCOPY Dockerfile .\n");
        assertNone(ID, "FROM scratch\nCOPY ./Dockerfile .\n", ignoring("**\n!Dockerfile\n"));
    }

    @Test
    void notForOtherSources() {
        assertNone(ID, "FROM scratch AS base\nCOPY a /foobar\nFROM base\nCOPY --from=base /foobar /Dockerfile\n", ignoring("foobar\n"));
        assertNone(ID, "FROM scratch\nADD https://example.com/x /x\n", ignoring("https:\n**/x\n"));
        assertNone(ID, "FROM scratch\nCOPY <<x /x\nhello\nx\n", ignoring("*\n"));
        assertNone(ID, "FROM scratch\nCOPY a.txt /x\n", ignoring("x\n"));
    }

    @Test
    void theContextRootOnlyUnderAWholeContextPattern() {
        assertNone(ID, "FROM scratch\nCOPY . .\n", ignoring(".*\n"));
        assertRule(ID, "FROM scratch\nCOPY . .\n", ignoring("*\n"), d(1, 5, 1, 6, Severity.WARNING, ID, copy(".")));
        assertRule(ID, "FROM scratch\nCOPY ./ .\n", ignoring("**/*\n"), d(1, 5, 1, 7, Severity.WARNING, ID, copy(".")));
    }

    @Test
    void sourcesAreExpanded() {
        assertRule(ID, "FROM scratch\nARG f=secret.txt\nCOPY $f /x\n", ignoring("*.txt\n"),
                d(2, 5, 2, 7, Severity.WARNING, ID, copy("secret.txt")));
    }
}
