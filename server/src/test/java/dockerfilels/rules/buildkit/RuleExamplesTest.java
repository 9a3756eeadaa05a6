package dockerfilels.rules.buildkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.Rules;
import dockerfilels.testing.LintAssertions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each BuildKit check's own bad example fires it, and its good example does not. */
class RuleExamplesTest {

    @TestFactory
    Stream<DynamicTest> examplesShowTheRule() {
        List<Rule> checks = Rules.all().stream().filter(r -> r.info().isBuildKitCheck()).toList();
        assertTrue(checks.size() >= 15, "BuildKit checks: " + checks.size());
        return checks.stream().map(rule -> dynamicTest(rule.info().id(), () -> {
            RuleInfo info = rule.info();
            String prefix = info.experimental() ? "# check=experimental=" + info.id() + "\n" : "";
            assertTrue(fires(info.id(), prefix + info.badExample()), () -> "bad example does not fire:\n" + info.badExample());
            assertFalse(fires(info.id(), prefix + info.goodExample()), () -> "good example fires:\n" + info.goodExample());
        }));
    }

    private static boolean fires(String rule, String source) {
        return LintAssertions.lint(source).diagnostics().stream().anyMatch(d -> d.code().equals(rule));
    }
}
