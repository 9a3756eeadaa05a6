package dockerfilels.rules.buildkit;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;

import dockerfilels.syntax.Severity;
import org.junit.jupiter.api.Test;

/** ConsistentInstructionCasing and NoEmptyContinuation. */
class CasingAndContinuationTest {
    private static final Severity W = Severity.WARNING;
    private static final String CASING = "ConsistentInstructionCasing";

    @Test
    void theMinorityCasingIsReportedOnTheKeyword() {
        assertRule(CASING, "FROM a\nrun x\nRUN y\n",
                d(1, 0, 1, 3, W, CASING, "Command 'run' should match the case of the command majority (uppercase)"));
        assertRule(CASING, "from a\nRUN x\nrun y\n",
                d(1, 0, 1, 3, W, CASING, "Command 'RUN' should match the case of the command majority (lowercase)"));
    }

    @Test
    void aTieMeansUppercaseAndMixedCaseIsAlwaysReported() {
        assertRule(CASING, "from a\nRUN x\n",
                d(0, 0, 0, 4, W, CASING, "Command 'from' should match the case of the command majority (uppercase)"));
        assertRule(CASING, "from a\nRun x\nrun y\n",
                d(1, 0, 1, 3, W, CASING, "Command 'Run' should match the case of the command majority (lowercase)"));
    }

    @Test
    void argsBeforeTheFirstFromDoNotCount() {
        assertNone(CASING, "arg V=1\narg W=2\nFROM a\nRUN x\n");
        assertNone(CASING, "FROM a\nRUN x\nONBUILD run y\n");
    }

    @Test
    void theFixChangesTheKeywordCase() {
        assertFix("FROM a\nrun x\nRUN y\n", CASING, edit(1, 0, 1, 3, "RUN"));
        assertFix("from a\nRuN x\nrun y\n", CASING, edit(1, 0, 1, 3, "run"));
    }

    @Test
    void anEmptyContinuationLineIsReportedOncePerInstruction() {
        assertRule("NoEmptyContinuation", "FROM a\nRUN x \\\n\n  y \\\n   \n  z\n",
                d(2, 0, 2, 0, W, "NoEmptyContinuation", "Empty continuation line"));
        assertNone("NoEmptyContinuation", "FROM a\nRUN x \\\n# comment\n  y\n\nRUN z\n");
    }

    @Test
    void theFixDeletesEveryEmptyContinuationLine() {
        assertFix("FROM a\nRUN x \\\n\n  y \\\n   \n  z\n", "NoEmptyContinuation", edit(2, 0, 3, 0, ""), edit(4, 0, 5, 0, ""));
    }

    @Test
    void onTheLastLineOfTheFileTheFixClearsTheLine() {
        assertFix("FROM a\nRUN x \\\n  ", "NoEmptyContinuation", edit(2, 0, 2, 2, ""));
    }
}
