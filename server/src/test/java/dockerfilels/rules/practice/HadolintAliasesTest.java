package dockerfilels.rules.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dockerfilels.rules.Rules;
import dockerfilels.testing.LintAssertions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** hadolint's codes answer to the equivalent existing rules, so its ignore comments and settings work. */
class HadolintAliasesTest {
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("DL4000", "MaintainerDeprecated"),
            Map.entry("DL3025", "JSONArgsRecommended"), Map.entry("DL3024", "DuplicateStageName"),
            Map.entry("DL3000", "WorkdirRelativePath"), Map.entry("DL3029", "FromPlatformFlagConstDisallowed"),
            Map.entry("DL3012", "MultipleInstructionsDisallowed"), Map.entry("DL4003", "MultipleInstructionsDisallowed"),
            Map.entry("DL4004", "MultipleInstructionsDisallowed"), Map.entry("DL3022", "InvalidStageReference"),
            Map.entry("DL3023", "InvalidStageReference"), Map.entry("DL3011", "InvalidExposePort"),
            Map.entry("DL3002", "FinalStageRunsAsRoot"), Map.entry("DL3020", "AddLocalFile"), Map.entry("DL3006", "UntaggedImage"),
            Map.entry("DL3007", "LatestTag"), Map.entry("DL3021", "CopyMultipleSourcesToFile"),
            Map.entry("DL3044", "EnvSelfReference"), Map.entry("DL3045", "CopyRelativeDestinationWithoutWorkdir"),
            Map.entry("DL3057", "MissingHealthcheck"), Map.entry("DL3061", "InstructionBeforeFrom"));

    @Test
    void eachCodeNamesOneRule() {
        ALIASES.forEach((code, rule) -> {
            assertNotNull(Rules.byName(code), code);
            assertEquals(rule, Rules.byName(code).info().id(), code);
        });
    }

    /** The ignore above "CMD b" silences the finding on b (overridden by c), not the one on a. */
    @Test
    void hadolintIgnoreCommentsSilenceTheEquivalentBuildKitRules() {
        String source = "FROM alpine\n# hadolint ignore=DL4000\nMAINTAINER me\nCMD a\n# hadolint ignore=DL4003\nCMD b\nCMD c\n";
        LintAssertions.assertNone("MaintainerDeprecated", source);
        LintAssertions.assertRule("MultipleInstructionsDisallowed", source, LintAssertions.d(3, 0, 3, 3,
                dockerfilels.syntax.Severity.WARNING, "MultipleInstructionsDisallowed",
                "Multiple CMD instructions should not be used in the same stage because only the last one will be used"));
    }
}
