package dockerfilels.rules.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.rules.LintResult;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.TextRange;
import dockerfilels.testing.LintAssertions;
import java.util.Arrays;
import dockerfilels.rules.Rules;
import dockerfilels.settings.LintSettings;
import dockerfilels.settings.RuleLevel;
import java.util.List;
import java.util.Map;

/**
 * Where a rule fires, compactly: {@code assertAt("SudoInRun", "FROM a\nRUN sudo x\n", "1:4-1:8")}
 * lists the 0-based {@code line:col-line:col} ranges of the rule's diagnostics, in order; none for
 * "does not fire". Messages are checked by {@link #assertMessage}.
 */
final class RunRuleAssertions {
    private RunRuleAssertions() {
    }

    static void assertAt(String rule, String source, String... ranges) {
        List<String> actual = of(rule, source).stream().map(d -> format(d.range())).toList();
        assertEquals(Arrays.asList(ranges), actual, () -> rule + " for:\n" + source);
    }

    /** The first diagnostic of the rule has this message. */
    static void assertMessage(String rule, String source, String message) {
        assertEquals(message, of(rule, source).get(0).message());
    }

    /** The rule's diagnostics; a rule that is off by default is turned on at info, as a user would. */
    private static List<Diagnostic> of(String rule, String source) {
        LintAssertions.Setup setup = LintAssertions.Setup.DEFAULT;
        if (Rules.byName(rule).info().offByDefault()) {
            setup = setup.with(new LintSettings(Map.of(rule, RuleLevel.INFO), Map.of(), null));
        }
        LintResult result = LintAssertions.lint(source, setup);
        return result.diagnostics().stream().filter(d -> d.code().equals(rule)).toList();
    }

    private static String format(TextRange r) {
        return r.start().line() + ":" + r.start().character() + "-" + r.end().line() + ":" + r.end().character();
    }
}
