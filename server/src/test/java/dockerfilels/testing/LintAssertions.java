package dockerfilels.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dockerfilels.rules.Finding;
import dockerfilels.rules.LintResult;
import dockerfilels.rules.Linter;
import dockerfilels.rules.TextEdit;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextRange;
import dockerfilels.workspace.BuildContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One-line rule tests: {@code assertRule("MaintainerDeprecated", "FROM a\nMAINTAINER me\n",
 * warning(1, 0, 1, 10, "..."))} runs the whole linter and compares the diagnostics of that rule;
 * {@code assertFix(source, "MaintainerDeprecated", edit(1, 0, 1, 13, "LABEL ..."))} checks the
 * exact edits of its first finding's fix.
 */
public final class LintAssertions {
    private LintAssertions() {
    }

    /** What a lint sees besides the text: settings and the build context's files. */
    public record Setup(LintSettings settings, BuildContext context) {
        public static final Setup DEFAULT = new Setup(LintSettings.DEFAULT, BuildContext.NONE);

        public Setup withFiles(Map<String, String> files) {
            return new Setup(settings, BuildContext.of(files));
        }

        public Setup with(LintSettings other) {
            return new Setup(other, context);
        }
    }

    public static LintResult lint(String source) {
        return lint(source, Setup.DEFAULT);
    }

    public static LintResult lint(String source, Setup setup) {
        return Linter.standard().lint(Dockerfile.parse(source), setup.settings(), setup.context());
    }

    public static Diagnostic d(int sl, int sc, int el, int ec, Severity severity, String code, String message) {
        return new Diagnostic(TextRange.of(sl, sc, el, ec), severity, code, message);
    }

    public static TextEdit edit(int sl, int sc, int el, int ec, String text) {
        return new TextEdit(TextRange.of(sl, sc, el, ec), text);
    }

    /** The diagnostics of one rule (by code) for a source, exactly. */
    public static void assertRule(String rule, String source, Diagnostic... expected) {
        assertRule(rule, source, Setup.DEFAULT, expected);
    }

    public static void assertRule(String rule, String source, Setup setup, Diagnostic... expected) {
        List<Diagnostic> actual = lint(source, setup).diagnostics().stream().filter(d -> d.code().equals(rule)).toList();
        assertEquals(Arrays.asList(expected), actual, () -> "diagnostics of " + rule + " for:\n" + source);
    }

    /** The rule finds nothing in this source. */
    public static void assertNone(String rule, String source) {
        assertRule(rule, source);
    }

    public static void assertNone(String rule, String source, Setup setup) {
        assertRule(rule, source, setup);
    }

    /** The first finding of {@code rule} has a fix with exactly these edits. */
    public static void assertFix(String source, String rule, TextEdit... edits) {
        Finding finding = lint(source).findings().stream().map(LintResult.Reported::finding)
                .filter(f -> f.rule().id().equals(rule)).findFirst().orElseThrow(() -> new AssertionError(rule + " found nothing"));
        assertNotNull(finding.fix(), rule + " offers no fix");
        assertEquals(Arrays.asList(edits), finding.fix().edits());
    }

    /** The first finding of {@code rule} offers no fix. */
    public static void assertNoFix(String source, String rule) {
        Finding finding = lint(source).findings().stream().map(LintResult.Reported::finding)
                .filter(f -> f.rule().id().equals(rule)).findFirst().orElseThrow(() -> new AssertionError(rule + " found nothing"));
        assertEquals(null, finding.fix());
    }
}
