package dockerfilels.rules.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.rules.LintResult;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.TextRange;
import dockerfilels.testing.LintAssertions;
import java.util.Arrays;
import java.util.List;

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

    private static List<Diagnostic> of(String rule, String source) {
        LintResult result = LintAssertions.lint(source);
        return result.diagnostics().stream().filter(d -> d.code().equals(rule)).toList();
    }

    private static String format(TextRange r) {
        return r.start().line() + ":" + r.start().character() + "-" + r.end().line() + ":" + r.end().character();
    }
}
