package dockerfilels.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dockerfilels.settings.LintSettings;
import dockerfilels.settings.RuleLevel;
import dockerfilels.testing.LintAssertions;
import dockerfilels.testing.LintAssertions.Setup;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's documented bad example fires it and its good example does not. An example that
 * starts with a comment {@code # .dockerignore: <patterns>} is linted with that .dockerignore; a
 * rule that is off by default is turned on for its examples.
 */
class RuleExamplesTest {
    private static final String DOCKERIGNORE = "# .dockerignore: ";

    @TestFactory
    Stream<DynamicTest> examplesShowTheRule() {
        return Rules.all().stream().map(rule -> dynamicTest(rule.info().id(), () -> {
            RuleInfo info = rule.info();
            String prefix = info.experimental() ? "# check=experimental=" + info.id() + "\n" : "";
            assertTrue(fires(info, prefix, info.badExample()), () -> "bad example does not fire:\n" + info.badExample());
            assertFalse(fires(info, prefix, info.goodExample()), () -> "good example fires:\n" + info.goodExample());
        }));
    }

    private static boolean fires(RuleInfo info, String prefix, String example) {
        String rule = info.id();
        // A build context on disk with no files (rules about a missing .dockerignore need one); a rule
        // that is off by default is turned on by name.
        Setup setup = Setup.DEFAULT.withFiles(Map.of());
        if (info.offByDefault()) {
            setup = setup.with(new LintSettings(Map.of(rule, RuleLevel.WARNING), Map.of(), null));
        }
        if (example.startsWith(DOCKERIGNORE)) {
            String patterns = example.substring(DOCKERIGNORE.length(), example.indexOf('\n'));
            setup = setup.withFiles(Map.of(".dockerignore", patterns + "\n"));
        }
        return LintAssertions.lint(prefix + example, setup).diagnostics().stream().anyMatch(d -> d.code().equals(rule));
    }
}
