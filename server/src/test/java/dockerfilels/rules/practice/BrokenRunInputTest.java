package dockerfilels.rules.practice;

import static dockerfilels.rules.practice.RunRuleAssertions.assertAt;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import dockerfilels.testing.LintAssertions;
import org.junit.jupiter.api.Test;

/** Half-typed and broken RUN instructions: the rules never throw, and report what is already certain. */
class BrokenRunInputTest {
    private static final String[] BROKEN = {"", "FROM", "RUN", "FROM a\nRUN", "FROM a\nRUN apt-get", "FROM a\nRUN apt-get install -",
        "FROM a\nRUN apt-get install -y $", "FROM a\nRUN apt-get install -y ${PKGS", "FROM a\nRUN curl |", "FROM a\nRUN | sh",
        "FROM a\nRUN sudo", "FROM a\nRUN useradd -u", "FROM a\nRUN <<EOF\napt-get install curl | sh", "FROM a\nRUN [\"apt-get\",",
        "FROM a\nONBUILD RUN", "FROM a\nRUN sh -c 'apt-get install", "FROM a\nRUN go install", "FROM a\nRUN pip install \\",
        "FROM a\nSHELL [\nRUN a | b", "FROM a\nRUN a\nRUN", "FROM a\nRUN ln -sf", "FROM a\nRUN wget -", "FROM a\nRUN npm i @"};

    @Test
    void brokenInputNeverThrows() {
        for (String source : BROKEN) {
            assertDoesNotThrow(() -> LintAssertions.lint(source), source);
            assertDoesNotThrow(() -> LintAssertions.lint(source + "\n"), source);
        }
    }

    @Test
    void halfTypedInstructionsStillReportWhatIsCertain() {
        assertAt("AptGetWithoutYes", "FROM a\nRUN apt-get install -", "1:12-1:19");
        assertAt("UnpinnedAptPackage", "FROM a\nRUN apt-get install -y ${PKGS");
        assertAt("AptGetWithoutYes", "FROM a\nRUN <<EOF\napt-get install curl", "2:8-2:15");
        assertAt("RemoteScriptPipedToShell", "FROM a\nRUN curl |");
    }
}
