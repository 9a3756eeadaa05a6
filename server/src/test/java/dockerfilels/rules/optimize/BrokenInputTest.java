package dockerfilels.rules.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.rules.LintResult;
import dockerfilels.settings.LintSettings;
import dockerfilels.settings.RuleLevel;
import dockerfilels.testing.LintAssertions;
import dockerfilels.testing.LintAssertions.Setup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Half-typed and broken Dockerfiles: the new rules report what they can see and nothing else,
 * never a crash.
 */
class BrokenInputTest {
    private static final Setup ALL_ON = Setup.DEFAULT.withFiles(Map.of())
            .with(new LintSettings(Map.of("DL3006", RuleLevel.INFO, "DL3007", RuleLevel.INFO, "DL3057", RuleLevel.INFO), Map.of(), null));

    private static List<String> codes(String source) {
        LintResult lint = LintAssertions.lint(source, ALL_ON);
        return lint.diagnostics().stream().map(d -> d.code()).toList();
    }

    /** The findings of the rules of rules/optimize and rules/practice that need arguments to say anything. */
    private static List<String> mine(String source) {
        List<String> rules = List.of("FinalStageRunsAsRoot", "SecretFileCopied", "AddLocalFile", "AddRemoteWithoutChecksum",
                "CopyMultipleSourcesToFile", "EnvSelfReference", "CopyRelativeDestinationWithoutWorkdir", "UntaggedImage", "LatestTag",
                "WholeStageCopied", "FinalStageUsesBuildImage", "NumericStageReference", "UnusedStage");
        return codes(source).stream().filter(rules::contains).toList();
    }

    @Test
    void anEmptyFileHasOnlyTheParsersDiagnostic() {
        assertEquals(List.of("NoInstructions"), codes(""));
    }

    @Test
    void aHalfTypedFromFlagOrStageReference() {
        assertEquals(List.of(), mine("FROM --platform=\n"));
        assertEquals(List.of(), mine("FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=$"));
        LintAssertions.assertNone("NumericStageReference", "FROM a:1 AS b\nFROM c:1\nCOPY --from= /x /x\n", ALL_ON);
        LintAssertions.assertNoFix("FROM golang:1.22 AS\nCMD [\"/app\"]\n", "FinalStageUsesBuildImage");
    }

    @Test
    void anUnterminatedHeredocIsStillBuildKitSyntax() {
        LintAssertions.assertRule("MissingSyntaxDirective", "FROM alpine:3\nRUN <<EOF\nls\n", ALL_ON,
                LintAssertions.d(1, 4, 1, 9, dockerfilels.syntax.Severity.INFORMATION, "MissingSyntaxDirective",
                        "This file uses BuildKit syntax (a heredoc) but has no # syntax= directive naming the frontend that understands it"));
        LintAssertions.assertNone("AddLocalFile", "FROM alpine:3\nADD <<EOF /x\nls\n", ALL_ON);
    }

    @Test
    void instructionsWithoutArgumentsAreNotFindings() {
        assertEquals(List.of(), mine("FROM\nUSER\nCOPY\nADD\nENV\nWORKDIR\nCMD\n"));
        assertEquals(List.of(), mine("FROM alpine:3 AS\nCOPY . \\\n"));
    }
}
