package dockerfilels.rules.buildkit;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;
import static dockerfilels.testing.LintAssertions.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.rules.LintResult;
import dockerfilels.syntax.Severity;
import org.junit.jupiter.api.Test;

/** JSONArgsRecommended, MultipleInstructionsDisallowed, LegacyKeyValueFormat, WorkdirRelativePath. */
class InstructionChecksTest {
    private static final Severity W = Severity.WARNING;
    private static final String JSON = "JSONArgsRecommended";
    private static final String JSON_CMD = "JSON arguments recommended for CMD to prevent unintended behavior related to OS signals";
    private static final String MULTI = "MultipleInstructionsDisallowed";
    private static final String LEGACY = "LegacyKeyValueFormat";
    private static final String WORKDIR = "WorkdirRelativePath";

    @Test
    void shellFormCmdAndEntrypointFireOnTheirArguments() {
        assertRule(JSON, "FROM a\nCMD run it\n", d(1, 4, 1, 10, W, JSON, JSON_CMD));
        assertRule(JSON, "FROM a\nentrypoint run\n", d(1, 11, 1, 14, W, JSON,
                "JSON arguments recommended for entrypoint to prevent unintended behavior related to OS signals"));
        assertNone(JSON, "FROM a\nCMD [\"run\"]\nENTRYPOINT [\"a\"]\n");
    }

    @Test
    void aShellInTheStageOrAParentStageSilencesIt() {
        assertNone(JSON, "FROM a\nSHELL [\"/bin/bash\", \"-c\"]\nCMD run\n");
        assertNone(JSON, "FROM a AS base\nSHELL [\"/bin/bash\", \"-c\"]\nFROM base\nCMD run\n");
        assertRule(JSON, "FROM a\nCMD run\nSHELL [\"/bin/bash\", \"-c\"]\n", d(1, 4, 1, 7, W, JSON, JSON_CMD));
        assertRule(JSON, "FROM a AS base\nSHELL [\"/bin/bash\", \"-c\"]\nFROM a\nCMD run\n", d(3, 4, 3, 7, W, JSON, JSON_CMD));
    }

    @Test
    void theJsonFixOnlyForPlainWords() {
        assertFix("FROM a\nCMD run  it --fast\n", JSON, edit(1, 4, 1, 18, "[\"run\", \"it\", \"--fast\"]"));
        assertNoFix("FROM a\nCMD run $HOME\n", JSON);
        assertNoFix("FROM a\nCMD run > out\n", JSON);
        assertNoFix("FROM a\nCMD exec run\n", JSON);
        assertNoFix("FROM a\nCMD A=1 run\n", JSON);
        assertNoFix("FROM a\nCMD run \\\n  it\n", JSON);
        assertNoFix("FROM a\nENTRYPOINT [\"x\"]\nCMD run\n", JSON);
        assertNoFix("FROM a\nENTRYPOINT run\nCMD [\"x\"]\n", JSON);
    }

    @Test
    void theJsonFixIsNotAppliedByFixAll() {
        LintResult result = lint("FROM a\nCMD run\n");
        assertEquals(false, result.findings().get(0).finding().fix().safe());
    }

    @Test
    void aRepeatedInstructionIsReportedOnTheEarlierOne() {
        assertRule(MULTI, "FROM a\nCMD [\"a\"]\nHEALTHCHECK NONE\nCMD [\"b\"]\nHEALTHCHECK NONE\n",
                d(1, 0, 1, 3, W, MULTI, "Multiple CMD instructions should not be used in the same stage because only the last one will be used"),
                d(2, 0, 2, 11, W, MULTI,
                        "Multiple HEALTHCHECK instructions should not be used in the same stage because only the last one will be used"));
        assertNone(MULTI, "FROM a AS b\nCMD [\"a\"]\nFROM b\nCMD [\"b\"]\nENTRYPOINT [\"c\"]\n");
    }

    @Test
    void aCheckCommentAboveTheLaterInstructionSkipsTheRepeat() {
        // BuildKit runs the check while dispatching the later CMD, with that command's comments merged in
        assertNone(MULTI, "FROM a\nCMD [\"a\"]\n# check=skip=MultipleInstructionsDisallowed\nCMD [\"b\"]\n");
        assertRule(MULTI, "FROM a\n# check=skip=MultipleInstructionsDisallowed\nCMD [\"a\"]\nCMD [\"b\"]\n",
                d(2, 0, 2, 3, W, MULTI, "Multiple CMD instructions should not be used in the same stage because only the last one will be used"));
    }

    @Test
    void theRepeatFixDeletesTheEarlierInstruction() {
        assertFix("FROM a\nENTRYPOINT [\"a\", \\\n  \"b\"]\nENTRYPOINT [\"c\"]\n", MULTI, edit(1, 0, 3, 0, ""));
    }

    @Test
    void legacyEnvAndLabelFireOnTheKey() {
        assertRule(LEGACY, "FROM a\nENV key value\nLABEL k v\n",
                d(1, 4, 1, 7, W, LEGACY, "\"ENV key=value\" should be used instead of legacy \"ENV key value\" format"),
                d(2, 6, 2, 7, W, LEGACY, "\"LABEL key=value\" should be used instead of legacy \"LABEL key value\" format"));
        assertNone(LEGACY, "FROM a\nENV key=value other=\"a b\"\nLABEL k=v\nARG a b\n");
    }

    @Test
    void theLegacyFixAddsTheEqualsSignAndQuotesValuesWithSpaces() {
        assertFix("FROM a\nENV key value\n", LEGACY, edit(1, 7, 1, 13, "=value"));
        assertFix("FROM a\nENV PATH $PATH:/opt/bin x\n", LEGACY, edit(1, 8, 1, 25, "=\"$PATH:/opt/bin x\""));
        assertNoFix("FROM a\nENV key \"a\" b\n", LEGACY);
        assertNoFix("FROM a\nENV key a \\\n  b\n", LEGACY);
    }

    @Test
    void aRelativeFirstWorkdirFiresOnItsPath() {
        assertRule(WORKDIR, "FROM a\nWORKDIR app/\nWORKDIR sub\n",
                d(1, 8, 1, 12, W, WORKDIR, "Relative workdir \"app/\" can have unexpected results if the base image changes"));
        assertNone(WORKDIR, "FROM a\nWORKDIR /app\nWORKDIR sub\n");
        assertNone(WORKDIR, "FROM a AS b\nWORKDIR /app\nFROM b\nWORKDIR sub\n");
        assertNone(WORKDIR, "FROM a\nWORKDIR $HOME/app\n");
        assertNone(WORKDIR, "FROM a\nWORKDIR \"/app\"\n");
        assertRule(WORKDIR, "FROM a\nWORKDIR 'app'\n",
                d(1, 8, 1, 13, W, WORKDIR, "Relative workdir \"app\" can have unexpected results if the base image changes"));
        assertNone(WORKDIR, "# escape=`\nFROM a\nWORKDIR C:\\app\n");
    }
}
