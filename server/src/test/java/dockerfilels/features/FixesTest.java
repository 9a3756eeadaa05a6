package dockerfilels.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.rules.Category;
import dockerfilels.rules.Finding;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintResult;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixesTest {
    private static final RuleInfo RULE = new RuleInfo("R", Severity.WARNING, Category.BEST_PRACTICE, "d", "e", "b", "g",
            "https://example.com/R", List.of(), false);

    @Test
    void overlappingAndUnsafeFixesAreLeftOutOfFixAll() {
        TextEdit first = edit(0, 0, 0, 4, "A");
        TextEdit overlapping = edit(0, 2, 0, 6, "B");
        TextEdit sameInsertionPoint = edit(0, 0, 0, 0, "C");
        TextEdit unsafe = edit(2, 0, 2, 1, "D");
        TextEdit later = edit(1, 0, 1, 1, "E");
        LintResult lint = lint(new Fix("1", List.of(first), true), new Fix("2", List.of(overlapping), true),
                new Fix("3", List.of(sameInsertionPoint), true), new Fix("4", List.of(unsafe), false),
                new Fix("5", List.of(later), true));

        assertEquals(List.of(first, later), Fixes.safeEdits(lint));
    }

    @Test
    void editsApplyFromTheEndSoPositionsStayValid() {
        String text = "FROM a\r\nMAINTAINER x\n\u00e9\u00e9 y\n";

        String fixed = Fixes.apply(text, List.of(edit(1, 0, 1, 10, "LABEL"), edit(0, 5, 0, 6, "alpine"),
                edit(2, 2, 2, 4, "z"), edit(3, 0, 3, 0, "END\n")));

        assertEquals("FROM alpine\r\nLABEL x\n\u00e9\u00e9z\nEND\n", fixed);
    }

    @Test
    void touchingRangesDoNotOverlap() {
        assertFalse(Fixes.overlap(TextRange.of(0, 0, 0, 2), TextRange.of(0, 2, 0, 4)));
        assertTrue(Fixes.overlap(TextRange.of(0, 0, 0, 3), TextRange.of(0, 2, 0, 4)));
        assertTrue(Fixes.overlap(TextRange.of(0, 1, 0, 1), TextRange.of(0, 1, 0, 1)));
    }

    private static LintResult lint(Fix... fixes) {
        List<LintResult.Reported> reported = new java.util.ArrayList<>();
        for (Fix fix : fixes) {
            TextRange range = fix.edits().get(0).range();
            reported.add(new LintResult.Reported(new Finding(RULE, null, range, "m", fix),
                    new Diagnostic(range, Severity.WARNING, "R", "m")));
        }
        return new LintResult(reported.stream().map(LintResult.Reported::diagnostic).toList(), reported);
    }

    private static TextEdit edit(int sl, int sc, int el, int ec, String text) {
        return new TextEdit(TextRange.of(sl, sc, el, ec), text);
    }
}
