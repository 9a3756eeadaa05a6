package dockerfilels.rules;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;
import static dockerfilels.testing.LintAssertions.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.settings.LintSettings;
import dockerfilels.settings.RuleLevel;
import dockerfilels.syntax.Severity;
import dockerfilels.testing.LintAssertions.Setup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule machinery, through MaintainerDeprecated: levels, # check=, ignore comments, fixes. */
class LinterTest {
    private static final String MSG = "Maintainer instruction is deprecated in favor of using label";
    private static final String SOURCE = "FROM alpine\nMAINTAINER moby@example.com\n";

    @Test
    void aBuildKitCheckIsAWarningOnTheKeyword() {
        assertRule("MaintainerDeprecated", SOURCE, d(1, 0, 1, 10, Severity.WARNING, "MaintainerDeprecated", MSG));
        assertNone("MaintainerDeprecated", "FROM alpine\nLABEL org.opencontainers.image.authors=me\n");
    }

    @Test
    void theFixReplacesTheInstructionWithALabel() {
        assertFix(SOURCE, "MaintainerDeprecated",
                edit(1, 0, 1, 27, "LABEL org.opencontainers.image.authors=\"moby@example.com\""));
        assertFix("from alpine\nmaintainer A $B \"C\"\n", "MaintainerDeprecated",
                edit(1, 0, 1, 19, "label org.opencontainers.image.authors=\"A \\$B \\\"C\\\"\""));
        assertNoFix("FROM alpine\nMAINTAINER a \\\n b\n", "MaintainerDeprecated");
    }

    @Test
    void theCheckDirectiveSkipsAndPromotes() {
        assertNone("MaintainerDeprecated", "# check=skip=MaintainerDeprecated\n" + SOURCE);
        assertNone("MaintainerDeprecated", "# check=skip=all\n" + SOURCE);
        assertRule("MaintainerDeprecated", "# check=skip=maintainerdeprecated\n" + SOURCE,
                d(2, 0, 2, 10, Severity.WARNING, "MaintainerDeprecated", MSG));
        assertRule("MaintainerDeprecated", "# check=error=true\n" + SOURCE,
                d(2, 0, 2, 10, Severity.ERROR, "MaintainerDeprecated", MSG));
    }

    @Test
    void anInvalidCheckDirectiveIsAnErrorOnItsValue() {
        assertRule("InvalidCheckDirective", "# check=skip\n" + SOURCE, d(0, 8, 0, 12, Severity.ERROR, "InvalidCheckDirective",
                "failed to parse check options: invalid check option \"skip\""));
    }

    @Test
    void aCheckCommentAboveAnInstructionSkipsForThatInstructionOnly() {
        String source = "FROM alpine\n# check=skip=MaintainerDeprecated\nMAINTAINER a\nMAINTAINER b\n";
        assertRule("MaintainerDeprecated", source, d(3, 0, 3, 10, Severity.WARNING, "MaintainerDeprecated", MSG));
    }

    @Test
    void ignoreCommentsSilenceTheNextInstructionOrTheFile() {
        assertRule("MaintainerDeprecated", "FROM alpine\n# dockerfile-ls ignore=MaintainerDeprecated\nMAINTAINER a\nMAINTAINER b\n",
                d(3, 0, 3, 10, Severity.WARNING, "MaintainerDeprecated", MSG));
        assertNone("MaintainerDeprecated", "# dockerfile-ls global ignore=MaintainerDeprecated\nFROM alpine\nMAINTAINER a\n\nMAINTAINER b\n");
        assertNone("MaintainerDeprecated", "FROM alpine\n# hadolint ignore=DL4000,MaintainerDeprecated\nMAINTAINER a\n");
    }

    @Test
    void settingsSetTheLevelOfARuleOrACategory() {
        Setup off = Setup.DEFAULT.with(new LintSettings(Map.of("MaintainerDeprecated", RuleLevel.OFF), Map.of(), null));
        assertNone("MaintainerDeprecated", SOURCE, off);
        Setup info = Setup.DEFAULT.with(new LintSettings(Map.of(), Map.of("buildkit-check", RuleLevel.INFO), null));
        assertRule("MaintainerDeprecated", SOURCE, info, d(1, 0, 1, 10, Severity.INFORMATION, "MaintainerDeprecated", MSG));
    }

    @Test
    void syntaxAndRuleDiagnosticsComeInDocumentOrder() {
        List<String> codes = lint("FROM alpine\nMAINTAINER me\nFOO bar\n").diagnostics().stream().map(d -> d.code()).toList();
        assertEquals(List.of("MaintainerDeprecated", "UnknownInstruction"), codes);
    }
}
