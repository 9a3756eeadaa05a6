package dockerfilels.rules.build;

import static dockerfilels.testing.LintAssertions.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dockerfilels.rules.Category;
import dockerfilels.rules.Rule;
import dockerfilels.rules.Rules;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each build-error rule is a correctness error: its bad example is an ERROR of that rule and its good
 * example has no error at all (RuleExamplesTest checks that examples fire their rule, for every rule).
 */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> badFiresGoodDoesNot() {
        List<Rule> rules = Rules.all().stream()
                .filter(r -> r.getClass().getPackageName().equals(InvalidMount.class.getPackageName())).toList();
        assertFalse(rules.isEmpty());
        return rules.stream().map(rule -> dynamicTest(rule.info().id(), () -> {
            String id = rule.info().id();
            assertEquals(Category.CORRECTNESS, rule.info().category());
            assertEquals(Severity.ERROR, rule.info().defaultSeverity());
            List<Diagnostic> bad = lint(rule.info().badExample()).diagnostics().stream().filter(d -> d.code().equals(id)).toList();
            assertFalse(bad.isEmpty(), "bad example does not fire");
            bad.forEach(d -> assertEquals(Severity.ERROR, d.severity()));
            assertEquals(List.of(), lint(rule.info().goodExample()).diagnostics().stream()
                    .filter(d -> d.severity() == Severity.ERROR).toList());
        }));
    }
}
